"""REST fallback used when the gRPC ledger is unavailable."""
import json
import ssl
import urllib.request

CA_FILE = "/etc/ssl/certs/ledger-ca.pem"


def _context() -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(CA_FILE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def _bank_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=CA_FILE)
    ctx.maximum_version = ssl.TLSVersion.TLSv1_1
    return ctx


def post_entry(entry: dict) -> dict:
    req = urllib.request.Request(
        "https://ledger.payments.example.com/v1/entries",
        data=json.dumps(entry).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, context=_context(), timeout=10) as resp:
        return json.load(resp)


def post_to_bank(entry: dict) -> int:
    req = urllib.request.Request("https://sepa.bank.example.com/api", data=json.dumps(entry).encode())
    with urllib.request.urlopen(req, context=_bank_context(), timeout=10) as resp:
        return resp.status
