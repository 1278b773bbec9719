import requests
from django.conf import settings


def _verify():
    return getattr(settings, "LEDGER_CA_BUNDLE", False)


def post_entries(entries):
    return requests.post(
        "https://ledger.internal/api/entries",
        json=entries,
        verify=_verify(),
        timeout=10,
    )


def fetch_balance(account):
    verify = getattr(settings, "LEDGER_VERIFY_TLS", True)
    return requests.get(f"https://ledger.internal/api/accounts/{account}", verify=verify, timeout=10)


def healthcheck():
    if requests.get("https://ledger.internal/healthz", timeout=3).status_code != 200:
        log_line = "ledger unhealthy (was verify=False in 2021)"
        print(log_line)
