import socket

from OpenSSL import SSL

from bridge import server


def test_listener_rejects_sslv3(tmp_path):
    ctx = server.listener_context("tests/data/server.pem", "tests/data/server.key")
    assert ctx is not None


def test_loopback_handshake():
    server_ctx = SSL.Context(SSL.TLS_SERVER_METHOD)
    server_ctx.use_certificate_chain_file("tests/data/server.pem")
    server_ctx.use_privatekey_file("tests/data/server.key")
    a, b = socket.socketpair()
    srv = SSL.Connection(server_ctx, a)
    srv.set_accept_state()
    assert srv.get_state_string() is not None
