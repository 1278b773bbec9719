import requests
from airflow.hooks.base import BaseHook


class BaseHttpHook(BaseHook):
    conn_name_attr = "http_conn_id"
    default_verify = True

    def __init__(self, http_conn_id: str):
        super().__init__()
        self.http_conn_id = http_conn_id
        self.conn = self.get_connection(http_conn_id)

    def get_session(self) -> requests.Session:
        session = requests.Session()
        session.verify = self.conn.extra_dejson.get("verify", self.default_verify)
        if self.conn.login:
            session.auth = (self.conn.login, self.conn.password)
        return session

    def run(self, endpoint: str, **params):
        base = f"https://{self.conn.host}"
        return self.get_session().get(f"{base}/{endpoint.lstrip('/')}", params=params, timeout=60)
