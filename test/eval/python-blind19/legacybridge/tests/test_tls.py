from OpenSSL import SSL

from legacybridge import tls


def test_clearing_context_requires_peer():
    ctx = tls.clearing_context()
    assert ctx.get_verify_mode() == SSL.VERIFY_PEER


def test_server_context_is_server():
    ctx = tls.gateway_server_context()
    assert ctx.get_verify_mode() == SSL.VERIFY_NONE
