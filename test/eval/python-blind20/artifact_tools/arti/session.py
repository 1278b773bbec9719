import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


class ArtifactorySession(requests.Session):
    """requests session preconfigured for Artifactory."""

    verify_ssl = True

    def __init__(self, base_url, api_key=None):
        super().__init__()
        self.base_url = base_url.rstrip("/")
        if api_key:
            self.headers["X-JFrog-Art-Api"] = api_key
        self.mount("https://", HTTPAdapter(max_retries=Retry(total=5, backoff_factor=0.5)))

    def api(self, method, path, **kwargs):
        return self.request(method, f"{self.base_url}/api/{path.lstrip('/')}", verify=self.verify_ssl, **kwargs)


def make_session(base_url=None):
    return ArtifactorySession(base_url or os.environ["ARTIFACTORY_URL"], os.environ.get("ARTIFACTORY_API_KEY"))


def mirror_session():
    session = make_session("https://mirror.acme.internal/artifactory")
    session.verify = False
    return session
