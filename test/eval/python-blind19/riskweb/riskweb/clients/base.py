import requests


class ServiceClient:
    base_url = ""
    verify_ssl = True
    timeout = 10

    def __init__(self, token: str):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def get(self, path: str, **params):
        return self.session.get(self.base_url + path, params=params, verify=self.verify_ssl, timeout=self.timeout)

    def post(self, path: str, payload: dict):
        return self.session.post(self.base_url + path, json=payload, verify=self.verify_ssl, timeout=self.timeout)
