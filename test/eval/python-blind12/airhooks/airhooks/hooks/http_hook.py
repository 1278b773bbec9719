from typing import Optional

import requests

from .base import BaseHook


class HttpHook(BaseHook):
    default_conn_name = "http_default"
    default_verify = True

    def __init__(self, method: str = "POST", http_conn_id: str = default_conn_name):
        self.method = method
        self.http_conn_id = http_conn_id
        self.base_url = ""

    def get_conn(self, headers: Optional[dict] = None) -> requests.Session:
        session = requests.Session()
        conn = self.get_connection(self.http_conn_id)
        self.base_url = f"https://{conn.host}" + (f":{conn.port}" if conn.port else "")
        if conn.login:
            session.auth = (conn.login, conn.password)
        session.verify = conn.extra_dejson.get("verify", self.default_verify)
        if headers:
            session.headers.update(headers)
        return session

    def run(self, endpoint: str, data=None, **request_kwargs):
        session = self.get_conn()
        url = self.base_url.rstrip("/") + "/" + endpoint.lstrip("/")
        return session.request(self.method, url, json=data, **request_kwargs)


class PartnerPortalHook(HttpHook):
    """The partner portal sits behind a TLS-intercepting appliance."""

    default_conn_name = "partner_portal"
    default_verify = False


class InternalApiHook(HttpHook):
    default_conn_name = "internal_api"
    default_verify = "/etc/airhooks/internal-ca.pem"
