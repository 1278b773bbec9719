"""Context factories shared by the socket clients and servers."""
import socket
import ssl
from ssl import PROTOCOL_TLSv1 as OLD_PROTO, TLSVersion

CUSTOMS_HOST = "edi.customs.example.org"


def edi_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    ctx.load_default_certs()
    return ctx


def edi_connect():
    ctx = edi_context()
    return ctx.wrap_socket(socket.create_connection((CUSTOMS_HOST, 4443)), server_hostname=CUSTOMS_HOST)


def tariff_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations("/etc/harbor/tariff-ca.pem")
    ctx.minimum_version = TLSVersion.TLSv1_2
    return ctx


class LegacyPeer:
    min_version = TLSVersion.TLSv1_1

    def context(self):
        ctx = ssl.create_default_context()
        ctx.minimum_version = self.min_version
        return ctx


def capped_context():
    ctx = ssl.create_default_context()
    ctx.maximum_version = ssl.TLSVersion.TLSv1
    return ctx


def reopen_sslv3(ctx):
    ctx.options &= ~ssl.OP_NO_SSLv3
    return ctx


def harden(ctx):
    ctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1
    return ctx


def old_bank_context():
    ctx = ssl.SSLContext(OLD_PROTO)
    ctx.load_verify_locations("/etc/harbor/bank-ca.pem")
    return ctx


def check_floor(ctx):
    return ctx.minimum_version == TLSVersion.TLSv1
