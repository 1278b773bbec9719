"""Client for the payment service provider."""
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

PSP_BASE = "https://api.psp.example/v1"


class PaymentsSession(requests.Session):
    def __init__(self, api_key):
        super().__init__()
        self.headers["Authorization"] = f"Bearer {api_key}"
        self.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))


class SandboxSession(PaymentsSession):
    """The sandbox presents a certificate signed by the PSP's test CA."""

    def __init__(self, api_key):
        super().__init__(api_key)
        self.verify = False


class LiveSession(PaymentsSession):
    def __init__(self, api_key):
        super().__init__(api_key)
        self.verify = "/etc/shop/certs/psp-ca.pem"


def charge(session, amount, token):
    resp = session.post(f"{PSP_BASE}/charges", json={"amount": amount, "source": token}, timeout=10)
    resp.raise_for_status()
    return resp.json()


def refund_status(refund_id):
    # verify=False was needed before the PSP rotated its chain (2023-04); keep it out.
    return requests.get(f"{PSP_BASE}/refunds/{refund_id}", timeout=10).json()
