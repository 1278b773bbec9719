"""pyOpenSSL probes for devices that python's ssl cannot talk to."""
import socket

from OpenSSL import SSL, crypto

DEVICE_CIPHERS = b"RC4-SHA:DES-CBC3-SHA"


def _accept_all(conn, cert, errno, depth, ok):
    return True


class DeviceProbe:
    method = SSL.TLSv1_METHOD

    def __init__(self, host, port=443):
        self.host = host
        self.port = port

    def context(self):
        ctx = SSL.Context(self.method)
        ctx.set_verify(SSL.VERIFY_PEER, _accept_all)
        ctx.set_cipher_list(DEVICE_CIPHERS)
        ctx.set_tmp_ecdh(crypto.get_elliptic_curve("secp160r1"))
        return ctx

    def fetch_cert(self):
        sock = socket.create_connection((self.host, self.port))
        conn = SSL.Connection(self.context(), sock)
        conn.set_tlsext_host_name(self.host.encode())
        conn.set_connect_state()
        conn.do_handshake()
        return conn.get_peer_certificate()


def quick_probe(host):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_VERSION)
    ctx.set_verify(SSL.VERIFY_NONE, lambda *a: True)
    conn = SSL.Connection(ctx, socket.create_connection((host, 443)))
    conn.set_connect_state()
    conn.do_handshake()
    return conn.get_cipher_name()
