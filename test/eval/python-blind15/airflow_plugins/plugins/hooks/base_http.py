"""Base hook for the internal REST APIs the DAGs pull from."""
import requests
from airflow.hooks.base import BaseHook


class InternalHttpHook(BaseHook):
    conn_name_attr = "http_conn_id"
    default_conn_name = "internal_http_default"
    verify_ssl = True

    def __init__(self, http_conn_id=default_conn_name):
        super().__init__()
        self.http_conn_id = http_conn_id

    def get_conn(self):
        conn = self.get_connection(self.http_conn_id)
        session = requests.Session()
        session.auth = (conn.login, conn.password)
        session.verify = self.verify_ssl
        self.base_url = f"https://{conn.host}"
        return session

    def run(self, endpoint, params=None):
        session = self.get_conn()
        resp = session.get(f"{self.base_url}/{endpoint.lstrip('/')}", params=params, timeout=60)
        resp.raise_for_status()
        return resp.json()
