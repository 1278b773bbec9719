"""Contexts for the payment terminals' legacy TLS stack."""
import ssl
from ssl import PROTOCOL_TLSv1_1 as TERMINAL_PROTOCOL
from ssl import TLSVersion


class TerminalLink:
    protocol = TERMINAL_PROTOCOL

    def __init__(self, host, port=7000):
        self.host = host
        self.port = port
        self.ctx = self._make_context()

    def _make_context(self):
        ctx = ssl.SSLContext(self.protocol)
        ctx.load_verify_locations("/etc/harbor/terminal-ca.pem")
        ctx.verify_mode = ssl.CERT_REQUIRED
        return ctx

    def relax_for_firmware_2(self):
        self.ctx.maximum_version = TLSVersion.TLSv1_1


def gateway_context():
    ctx = ssl.create_default_context(cafile="/etc/harbor/gw-ca.pem")
    ctx.minimum_version = TLSVersion.MINIMUM_SUPPORTED
    ctx.options &= ~ssl.OP_NO_TLSv1
    return ctx


def bank_context():
    ctx = ssl.create_default_context()
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    ctx.options &= ~ssl.OP_NO_COMPRESSION
    return ctx


def hsm_context():
    ctx = ssl.create_default_context()
    ctx.options |= ssl.OP_NO_TLSv1_3
    return ctx


def describe(ctx):
    if ctx.minimum_version == TLSVersion.TLSv1:
        return "legacy"
    if ctx.options & ssl.OP_NO_TLSv1_3:
        return "no-1.3"
    return "modern"


def modern_context():
    ctx = ssl.create_default_context()
    ctx.minimum_version = TLSVersion.TLSv1
    ctx.minimum_version = TLSVersion.TLSv1_2
    return ctx
