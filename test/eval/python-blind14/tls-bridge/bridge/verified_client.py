import socket

from OpenSSL import SSL
from service_identity.pyopenssl import verify_hostname

CLOUD_CA = "/etc/bridge/cloud-ca.pem"


def cloud_connection(host: str, port: int = 443) -> SSL.Connection:
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    ctx.set_verify(SSL.VERIFY_PEER | SSL.VERIFY_FAIL_IF_NO_PEER_CERT, lambda conn, cert, errno, depth, ok: ok)
    ctx.load_verify_locations(CLOUD_CA)
    ctx.set_cipher_list(b"ECDHE+AESGCM:ECDHE+CHACHA20")
    sock = socket.create_connection((host, port), timeout=10)
    conn = SSL.Connection(ctx, sock)
    conn.set_tlsext_host_name(host.encode("idna"))
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn
