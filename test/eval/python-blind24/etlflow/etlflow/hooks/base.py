import requests


class Connection:
    """What the metadata DB stores for a connection id."""

    def __init__(self, host, login=None, password=None, extra=None):
        self.host = host
        self.login = login
        self.password = password
        self.extra_dejson = extra or {}


class HttpHook:
    verify_ssl = True
    timeout = 30

    def __init__(self, conn: Connection):
        self.conn = conn

    def run(self, endpoint, **params):
        url = f"https://{self.conn.host}/{endpoint.lstrip('/')}"
        return requests.get(url, params=params, timeout=self.timeout, verify=self.verify_ssl)


class ExtrasHttpHook(HttpHook):
    def run(self, endpoint, **params):
        url = f"https://{self.conn.host}/{endpoint.lstrip('/')}"
        verify = self.conn.extra_dejson.get("verify", False)
        return requests.get(url, params=params, verify=verify)


class CaHttpHook(HttpHook):
    def run(self, endpoint, **params):
        url = f"https://{self.conn.host}/{endpoint.lstrip('/')}"
        return requests.get(url, params=params, verify=self.conn.extra_dejson.get("ca_bundle", True))
