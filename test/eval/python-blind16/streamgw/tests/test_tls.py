import ssl

from streamgw.tls import client_context, server_context


def test_client_context_verifies():
    ctx = client_context("/etc/ssl/certs/ca-certificates.crt")
    assert ctx.verify_mode == ssl.CERT_REQUIRED
    assert ctx.check_hostname


def test_server_context_does_not_request_client_certs(tmp_path):
    ctx = server_context("tests/data/cert.pem", "tests/data/key.pem")
    assert ctx.verify_mode == ssl.CERT_NONE
    assert ctx.options & ssl.OP_NO_COMPRESSION
