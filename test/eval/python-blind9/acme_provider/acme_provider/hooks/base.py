import requests
from airflow.hooks.base import BaseHook


class AcmeBaseHook(BaseHook):
    conn_name_attr = "acme_conn_id"
    default_conn_name = "acme_default"
    default_verify = True

    def __init__(self, acme_conn_id=default_conn_name):
        super().__init__()
        self.acme_conn_id = acme_conn_id

    def get_conn(self):
        conn = self.get_connection(self.acme_conn_id)
        session = requests.Session()
        session.verify = conn.extra_dejson.get("verify", self.default_verify)
        session.auth = (conn.login, conn.password)
        return session


class AcmeLabHook(AcmeBaseHook):
    """Hook for the lab tenant, whose API uses a self-signed certificate."""

    default_verify = False
