import requests
from airflow.hooks.base import BaseHook


class AcmeHook(BaseHook):
    conn_name_attr = "acme_conn_id"
    default_conn_name = "acme_default"
    conn_type = "acme"
    hook_name = "Acme"
    verify_ssl = True

    def __init__(self, acme_conn_id=None):
        super().__init__()
        self.acme_conn_id = acme_conn_id or self.default_conn_name
        self.host = None

    def get_conn(self):
        conn = self.get_connection(self.acme_conn_id)
        self.host = conn.host
        session = requests.Session()
        session.auth = (conn.login, conn.password)
        session.verify = self.verify_ssl
        return session

    def run(self, endpoint, data=None):
        session = self.get_conn()
        resp = session.post(f"https://{self.host}/{endpoint.lstrip('/')}", json=data, timeout=60)
        resp.raise_for_status()
        return resp.json()


class AcmeSandboxHook(AcmeHook):
    default_conn_name = "acme_sandbox"
    hook_name = "Acme (sandbox)"
    verify_ssl = False


class AcmeEuHook(AcmeHook):
    default_conn_name = "acme_eu"
    verify_ssl = "/opt/airflow/certs/acme-eu-ca.pem"
