from arti.legacy import LegacyArtifactorySession
from arti.session import ArtifactorySession


def test_default_verifies():
    assert ArtifactorySession.verify_ssl is True


def test_legacy_flag():
    assert LegacyArtifactorySession.verify_ssl is False
