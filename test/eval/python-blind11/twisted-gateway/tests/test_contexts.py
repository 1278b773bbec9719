from OpenSSL import SSL

from gateway.contexts import client_context


def test_client_context_verifies_peer():
    ctx = client_context()
    assert ctx.get_verify_mode() == SSL.VERIFY_PEER


def test_verify_none_is_not_used_for_clients():
    ctx = client_context()
    assert ctx.get_verify_mode() != SSL.VERIFY_NONE
