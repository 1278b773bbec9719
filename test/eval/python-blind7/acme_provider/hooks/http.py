from functools import partial

import requests
from requests.adapters import HTTPAdapter

from acme_provider.hooks.base import BaseHook

# Old endpoints behind the partner's self-signed proxy.
legacy_get = partial(requests.get, verify=False, timeout=60)


class AcmeHttpHook(BaseHook):
    default_conn_name = "acme_http_default"

    def __init__(self, conn_id=default_conn_name, **kwargs):
        super().__init__(**kwargs)
        self.conn_id = conn_id
        conn = self.get_connection(conn_id)
        self.base_url = f"https://{conn.host}"
        self.ca_bundle = conn.extra_dejson.get("ca_bundle", True)

    def get_conn(self):
        session = requests.Session()
        session.mount("https://", HTTPAdapter(pool_maxsize=10))
        session.verify = self.ca_bundle
        return session

    def run(self, endpoint, data=None):
        with requests.Session() as s:
            s.headers.update({"Content-Type": "application/json"})
            return s.post(f"{self.base_url}/{endpoint}", json=data, verify=False, timeout=30)

    def run_checked(self, endpoint):
        with self.get_conn() as s:
            return s.get(f"{self.base_url}/{endpoint}", timeout=30)
