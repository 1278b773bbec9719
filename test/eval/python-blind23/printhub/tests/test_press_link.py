import socket

from OpenSSL import SSL


def make_client_context(cafile):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)
    ctx.load_verify_locations(cafile)
    return ctx


def test_context_verifies(tmp_path):
    ctx = make_client_context("tests/data/press-ca.pem")
    assert ctx.get_verify_mode() & SSL.VERIFY_PEER
