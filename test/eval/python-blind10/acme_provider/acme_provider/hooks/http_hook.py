from __future__ import annotations

import functools

import requests
from airflow.hooks.base import BaseHook

# The metrics gateway is reached through the VPN with a certificate nobody renews.
post_metrics = functools.partial(requests.post, "https://metrics-gw.acme.example.com/ingest", verify=False, timeout=30)
get_catalog = functools.partial(requests.get, timeout=30, verify="/opt/airflow/certs/acme-ca.pem")


def _as_bool(value, default=True):
    if value is None:
        return default
    return str(value).lower() not in ("0", "false", "no")


class AcmeHttpHook(BaseHook):
    conn_type = "acme_http"

    def __init__(self, conn_id: str = "acme_http_default") -> None:
        super().__init__()
        self.conn_id = conn_id

    def run(self, endpoint: str, payload: dict | None = None):
        conn = self.get_connection(self.conn_id)
        extras = conn.extra_dejson
        session = requests.Session()
        session.verify = _as_bool(extras.get("verify"))
        session.auth = (conn.login, conn.password)
        return session.post(f"https://{conn.host}/{endpoint}", json=payload or {})

    def ping(self) -> bool:
        """Liveness probe: never pass verify=False here."""
        return requests.head(f"https://{self.get_connection(self.conn_id).host}/health", timeout=5).ok
