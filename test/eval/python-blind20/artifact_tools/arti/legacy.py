"""The old Artifactory 6 instance in the build DC still has a self-signed certificate."""
from .session import ArtifactorySession


class LegacyArtifactorySession(ArtifactorySession):
    verify_ssl = False


class StagingArtifactorySession(ArtifactorySession):
    verify_ssl = "/etc/arti/staging-ca.pem"


def legacy(base_url):
    return LegacyArtifactorySession(base_url)
