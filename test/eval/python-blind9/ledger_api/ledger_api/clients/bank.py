import httpx

from . import legacy_bank_context, pinned_context
from .fx import FxClient

BANK_URL = "https://gateway.clearing-bank.example"


def bank_client():
    return httpx.Client(base_url=BANK_URL, verify=legacy_bank_context(), timeout=30)


def statements_client():
    transport = httpx.HTTPTransport(verify=False, retries=3)
    return httpx.Client(base_url=BANK_URL, transport=transport)


def audit_client():
    return httpx.Client(base_url=BANK_URL, verify=pinned_context("/etc/ssl/certs/bank-ca.pem"))


class BankFxClient(FxClient):
    """FX quotes from the bank's own desk, behind its test proxy."""

    verify_ssl = False
