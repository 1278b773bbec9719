"""RFC 5425 syslog over TLS."""
import logging.handlers
import socket
import ssl


class TLSSyslogHandler(logging.handlers.SysLogHandler):
    def __init__(self, host, port=6514, ca_file=None):
        self._tls_host = host
        self._ctx = ssl.create_default_context(cafile=ca_file)
        super().__init__(address=(host, port), socktype=socket.SOCK_STREAM)

    def _connect_unixsocket(self, address):
        raise NotImplementedError

    def createSocket(self):
        raw = socket.create_connection(self.address, timeout=10)
        self.socket = self._ctx.wrap_socket(raw, server_hostname=self._tls_host)


def legacy_connect(host, port, ca_file):
    raw = socket.create_connection((host, port), timeout=10)
    return ssl.wrap_socket(raw, ca_certs=ca_file, cert_reqs=ssl.CERT_REQUIRED)


def relay_connect(host, port, ca_file):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    ctx.load_verify_locations(ca_file)
    raw = socket.create_connection((host, port), timeout=10)
    return ctx.wrap_socket(raw, server_hostname=host)


def siem_connect(host, port, ca_file):
    ctx = ssl.create_default_context(cafile=ca_file)
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20")
    ctx.options |= ssl.OP_NO_COMPRESSION
    raw = socket.create_connection((host, port), timeout=10)
    return ctx.wrap_socket(raw, server_hostname=host)


def appliance_connect(host, port, ca_file):
    """The old ArcSight connector appliance only negotiates these."""
    ctx = ssl.create_default_context(cafile=ca_file)
    ctx.set_ciphers("HIGH:RC4-SHA:DES-CBC3-SHA")
    raw = socket.create_connection((host, port), timeout=10)
    return ctx.wrap_socket(raw, server_hostname=host)
