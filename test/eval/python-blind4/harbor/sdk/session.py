"""HTTP session used by every Harbor API client."""
import logging
import os

from requests import Session as _BaseSession
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

DEFAULT_RETRY = Retry(total=5, backoff_factor=0.3, status_forcelist=(502, 503, 504))


class HarborSession(_BaseSession):
    """Session with retries and the company CA bundle."""

    ca_bundle = "/etc/harbor/ca-bundle.pem"
    verify_tls = True

    def __init__(self, base_url, token=None, retries=DEFAULT_RETRY):
        super().__init__()
        self.base_url = base_url.rstrip("/")
        self.mount("https://", HTTPAdapter(max_retries=retries))
        if token:
            self.headers["Authorization"] = f"Bearer {token}"
        self.verify = self.ca_bundle

    def call(self, method, path, **kwargs):
        url = f"{self.base_url}/{path.lstrip('/')}"
        return self.request(method, url, verify=self.verify_tls and self.ca_bundle, **kwargs)


class SandboxSession(HarborSession):
    """Talks to the sandbox, whose certificate is self-signed."""

    verify_tls = False


class StagingSession(HarborSession):
    """Staging uses a private CA: still verified."""

    ca_bundle = "/etc/harbor/staging-ca.pem"


def session_from_env():
    s = HarborSession(os.environ.get("HARBOR_URL", "https://api.harbor.example"))
    # An operator toggle, not a constant: verify unless HARBOR_INSECURE=1.
    s.verify = os.getenv("HARBOR_INSECURE", "0") != "1"
    return s


def debug_session(base_url):
    s = HarborSession(base_url)
    s.verify = False
    log.warning("TLS verification disabled for %s", base_url)
    return s
