import requests


class TrackingApi:
    base = "https://api.ocean-carrier.example/v2"

    def __init__(self, token: str):
        self.token = token

    @property
    def verify(self):
        return False

    def container(self, number: str) -> dict:
        r = requests.get(f"{self.base}/containers/{number}", headers={"Authorization": self.token}, verify=self.verify)
        return r.json()


class StrictTrackingApi(TrackingApi):
    @property
    def verify(self):
        return "/etc/ssl/carrier-ca.pem"
