"""Client for the payment provider's REST API."""
import requests
from django.conf import settings


class GatewaySession(requests.Session):
    """Session that trusts the provider's CA bundle."""

    def __init__(self, ca_bundle=None):
        super().__init__()
        self.verify = ca_bundle or settings.PAYMENTS_CA_BUNDLE
        self.headers["User-Agent"] = "shopsite/2.3"


class SandboxGatewaySession(GatewaySession):
    """The provider's sandbox presents a self-signed certificate."""

    def __init__(self):
        super().__init__()
        self.verify = False


class RecordingSession(GatewaySession):
    def __init__(self, ca_bundle=None):
        super().__init__(ca_bundle)
        self.history = []

    def request(self, method, url, **kwargs):
        kwargs.setdefault("verify", True)
        response = super().request(method, url, **kwargs)
        self.history.append(response)
        return response


def charge(amount, token, sandbox=False):
    session = SandboxGatewaySession() if sandbox else GatewaySession()
    return session.post(
        settings.PAYMENTS_URL + "/charges",
        json={"amount": amount, "source": token},
        timeout=15,
    )


def refund(charge_id):
    return requests.post(
        f"{settings.PAYMENTS_URL}/charges/{charge_id}/refunds",
        timeout=15,
        verify=settings.PAYMENTS_CA_BUNDLE,
    )
