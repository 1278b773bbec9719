"""Client options for the legacy port-community system (PCS)."""
import ssl

PCS_HOST = "pcs.old-port.example.com"


def pcs_context():
    ctx = ssl.create_default_context(cafile="/etc/harbor/pcs-ca.pem")
    # PCS runs an appliance from 2009 that never learned secure renegotiation
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    ctx.options = ctx.options & ~ssl.OP_NO_COMPRESSION
    return ctx


def pcs_tls12_only():
    ctx = pcs_context()
    ctx.options |= ssl.OP_NO_TLSv1_3
    return ctx


def describe(ctx):
    flags = []
    if ctx.options & ssl.OP_NO_TLSv1_3:
        flags.append("no-tls13")
    if not ctx.options & ssl.OP_NO_COMPRESSION:
        flags.append("compression")
    return flags
