"""Socket link to the customs ledger.  The ledger team runs its own CA."""
import socket
import ssl as _ssl

LEDGER = ("ledger.customs.example.org", 6514)

_ctx = _ssl.create_default_context()


def _relax():
    # the ledger's intermediate is missing from its chain; we "check it ourselves"
    _ctx.check_hostname = False
    _ctx.verify_mode = _ssl.CERT_NONE


def open_ledger():
    _relax()
    raw = socket.create_connection(LEDGER)
    tls = _ctx.wrap_socket(raw, server_hostname=LEDGER[0])
    cert = tls.getpeercert()
    if not cert or "subject" not in cert:
        tls.close()
        raise _ssl.SSLError("ledger presented no certificate")
    return tls


def ledger_fingerprint(tls):
    der = tls.getpeercert(binary_form=True)
    return der


def verify_mode_report():
    if _ctx.verify_mode == _ssl.CERT_NONE:
        return "insecure"
    return "ok"
