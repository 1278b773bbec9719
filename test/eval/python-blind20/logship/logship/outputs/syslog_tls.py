"""RFC 5425 syslog over TLS."""
import logging.handlers
import socket
import ssl

from .. import settings


class TLSSysLogHandler(logging.handlers.SysLogHandler):
    def __init__(self, host=settings.SYSLOG_HOST, port=settings.SYSLOG_PORT, cafile=None):
        super().__init__(address=(host, port), socktype=socket.SOCK_STREAM)
        ctx = ssl.create_default_context(cafile=cafile)
        self.socket = ctx.wrap_socket(self.socket, server_hostname=host)


class LegacySIEMHandler(logging.handlers.SysLogHandler):
    """The old ArcSight connector: self-signed and no SNI support."""

    def __init__(self, host, port=6514):
        super().__init__(address=(host, port), socktype=socket.SOCK_STREAM)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1_2)
        ctx.load_cert_chain("/etc/logship/client.pem")
        self.socket = ctx.wrap_socket(self.socket)


def frame(msg: bytes) -> bytes:
    return str(len(msg)).encode() + b" " + msg
