import requests

PROVIDERS = (
    ("stripe", "https://api.stripe.com/v1"),
    ("adyen-test", "https://checkout-test.adyen.com/v71"),
)


class ProviderClient:
    verify = True

    def __init__(self, name, base):
        self.name = name
        self.base = base
        self.session = requests.Session()
        self.session.verify = self.verify

    def charges(self):
        return self.session.get(f"{self.base}/charges", timeout=15).json()


class SandboxProviderClient(ProviderClient):
    verify = "/etc/billing/sandbox-ca.pem"


def sync_all():
    return {name: ProviderClient(name, base).charges() for name, base in PROVIDERS}


def refund(charge_id, amount, session=None):
    session = session or requests.Session()
    session.verify = False
    return session.post(f"https://api.stripe.com/v1/refunds", data={"charge": charge_id, "amount": amount})
