import socket

from OpenSSL import SSL
from service_identity.pyopenssl import verify_hostname

CA = "/etc/ssl/certs/partner-ca.pem"


def open_channel(host, port=7443):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)
    ctx.load_verify_locations(CA)
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn


def open_hsm(host, port=1792):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.use_certificate_file("/etc/gateway/hsm-client.pem")
    ctx.use_privatekey_file("/etc/gateway/hsm-client.key")
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn
