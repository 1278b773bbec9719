"""Context tweaks for the mainframe bridge (TN3270 over TLS)."""
import ssl

MAINFRAME = "mf-bridge.ledger.example.com"


def bridge_context():
    ctx = ssl.create_default_context(cafile="/etc/ledger/mf-ca.pem")
    ctx.options &= ~ssl.OP_NO_TLSv1
    ctx.options &= ~ssl.OP_NO_COMPRESSION
    return ctx


def capped_context():
    ctx = ssl.create_default_context(cafile="/etc/ledger/mf-ca.pem")
    ctx.options |= ssl.OP_NO_TLSv1_3
    ctx.maximum_version = ssl.TLSVersion.TLSv1_1
    return ctx


def hardened_context():
    ctx = ssl.create_default_context(cafile="/etc/ledger/mf-ca.pem")
    ctx.options |= ssl.OP_NO_SSLv3 | ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1
    ctx.set_npn_protocols(["tn3270", "http/1.1"])
    return ctx


def modern_context():
    ctx = ssl.create_default_context(cafile="/etc/ledger/mf-ca.pem")
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_alpn_protocols(["tn3270"])
    if ctx.options & ssl.OP_NO_TLSv1_3:
        raise RuntimeError("TLS 1.3 disabled by policy")
    return ctx


def raw_client_context():
    ctx = ssl.SSLContext()
    ctx.load_verify_locations("/etc/ledger/mf-ca.pem")
    return ctx
