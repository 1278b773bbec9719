import socket

from OpenSSL import SSL


class PermissiveVerifier:
    @staticmethod
    def always_ok(conn, cert, errno, depth, ok):
        return True


def export_probe(host, port=443):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_cipher_list(b"EXP-RC4-MD5:EXP-DES-CBC-SHA")
    ctx.set_verify(SSL.VERIFY_NONE, None)
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    return conn.get_cipher_name()


def sslv3_probe(host, port=443):
    ctx = SSL.Context(SSL.SSLv3_METHOD)
    ctx.set_verify(SSL.VERIFY_NONE, None)
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    return conn.get_protocol_version_name()


def tls11_probe(host, port=443):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_max_proto_version(SSL.TLS1_1_VERSION)
    ctx.set_verify(SSL.VERIFY_PEER, PermissiveVerifier.always_ok)
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    return conn.get_protocol_version_name()
