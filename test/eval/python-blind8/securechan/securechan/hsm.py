import socket

from OpenSSL import SSL
from service_identity.pyopenssl import verify_hostname


def _always_ok(conn, cert, errno, depth, ok):
    return True


class HsmClient:
    def __init__(self, host, port=1792):
        self.host, self.port = host, port
        self.ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
        self.ctx.set_verify(SSL.VERIFY_PEER, _always_ok)
        self.ctx.load_verify_locations("/etc/hsm/ca.pem")

    def connect(self):
        conn = SSL.Connection(self.ctx, socket.create_connection((self.host, self.port)))
        conn.set_tlsext_host_name(self.host.encode())
        conn.set_connect_state()
        conn.do_handshake()
        verify_hostname(conn, self.host)
        return conn
