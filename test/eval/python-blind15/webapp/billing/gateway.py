"""Payment gateway client."""
import requests

GATEWAY_URL = "https://api.payments-gw.example.net/v3"
GATEWAY_CA = "/etc/portal/gateway-ca.pem"


class GatewaySession(requests.Session):
    def __init__(self, api_key):
        super().__init__()
        self.headers["Authorization"] = f"Bearer {api_key}"
        self.verify = GATEWAY_CA


class SandboxGatewaySession(requests.Session):
    """The sandbox uses a certificate issued to *.sandbox-internal."""

    def __init__(self, api_key):
        super().__init__()
        self.headers["Authorization"] = f"Bearer {api_key}"
        self.verify = False


def charge(session, amount_cents, token):
    resp = session.post(f"{GATEWAY_URL}/charges", json={"amount": amount_cents, "source": token}, timeout=20)
    resp.raise_for_status()
    return resp.json()
