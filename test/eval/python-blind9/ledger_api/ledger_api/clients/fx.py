import requests


class FxClient:
    verify_ssl = True
    timeout = 10

    def __init__(self, base_url):
        self.base_url = base_url
        self.session = requests.Session()
        self.session.verify = self.verify_ssl

    def rate(self, pair):
        resp = self.session.get(f"{self.base_url}/rates/{pair}", timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()


class SandboxFxClient(FxClient):
    verify_ssl = False


class MirrorFxClient(FxClient):
    verify_ssl = "/etc/ssl/certs/fx-mirror-ca.pem"
