from unittest import mock

from OpenSSL import SSL

from gateway import upstream


def test_server_context_requests_no_client_cert():
    with mock.patch.object(SSL.Context, "use_certificate_chain_file"), mock.patch.object(SSL.Context, "use_privatekey_file"):
        ctx = upstream.server_context()
    assert ctx.get_verify_mode() == SSL.VERIFY_NONE


def test_verify_cb_passes_through():
    assert upstream._verify_cb(None, None, 0, 0, False) is False
