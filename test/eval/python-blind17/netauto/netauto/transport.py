import logging

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

DEFAULT_CA = "/etc/netauto/device-ca.pem"


class DeviceSession(requests.Session):
    """Session with retries used by every REST driver."""

    verify_tls = True

    def __init__(self, base_url, retries=3):
        super().__init__()
        self.base_url = base_url.rstrip("/")
        adapter = HTTPAdapter(max_retries=Retry(total=retries, backoff_factor=0.5))
        self.mount("https://", adapter)
        self.verify = self.verify_tls

    def call(self, method, path, **kwargs):
        url = f"{self.base_url}/{path.lstrip('/')}"
        log.debug("%s %s", method, url)
        resp = self.request(method, url, **kwargs)
        resp.raise_for_status()
        return resp


class LabSession(DeviceSession):
    """Lab racks use factory certificates."""

    verify_tls = False


class CorpSession(DeviceSession):
    verify_tls = DEFAULT_CA


def make_session(device, insecure):
    session = DeviceSession(f"https://{device.host}:{device.port}")
    session.auth = (device.username, device.password)
    session.verify = not insecure
    return session


def probe(url):
    # HEAD only; the device may be mid-reboot
    return requests.head(url, timeout=3, verify=DEFAULT_CA)
