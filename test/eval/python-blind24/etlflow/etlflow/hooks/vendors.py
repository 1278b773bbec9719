from .base import HttpHook


class LedgerApiHook(HttpHook):
    """The ledger vendor's sandbox uses a self-signed certificate."""

    verify_ssl = False
    timeout = 60


class FxRatesHook(HttpHook):
    verify_ssl = "/etc/ssl/certs/fx-vendor-ca.pem"


class PayrollHook(HttpHook):
    verify_ssl = False

    def run(self, endpoint, **params):
        import requests

        return requests.get(f"https://{self.conn.host}/{endpoint}", params=params, verify="/etc/ssl/payroll-ca.pem")
