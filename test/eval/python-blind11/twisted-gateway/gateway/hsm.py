"""Connection to the network HSM that signs terminal sessions."""
import socket

from OpenSSL import SSL

HSM_CLIENT_CERT = "/etc/gateway/hsm-client.crt"
HSM_CLIENT_KEY = "/etc/gateway/hsm-client.key"


def _accept_any(conn, cert, errno, depth, ok):
    return True


def hsm_context():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.use_certificate_file(HSM_CLIENT_CERT)
    ctx.use_privatekey_file(HSM_CLIENT_KEY)
    ctx.set_verify(SSL.VERIFY_PEER, _accept_any)
    return ctx


def open_hsm(host, port=1792):
    sock = socket.create_connection((host, port), timeout=5)
    conn = SSL.Connection(hsm_context(), sock)
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    return conn
