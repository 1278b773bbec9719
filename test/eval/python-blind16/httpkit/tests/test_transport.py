import ssl

import httpx

from httpkit.transport import build_ssl_context, is_hardened


def test_context_is_hardened():
    ctx = build_ssl_context()
    assert ctx.verify_mode == ssl.CERT_REQUIRED
    assert ctx.check_hostname is True
    assert is_hardened(ctx)


def test_client_trusts_test_ca(httpserver, client_ctx):
    httpserver.expect_request("/v1/ping").respond_with_json({"ok": True})
    with httpx.Client(verify=client_ctx) as client:
        assert client.get(httpserver.url_for("/v1/ping")).json() == {"ok": True}


def test_unhardened_detected():
    weak = ssl.create_default_context()
    weak.check_hostname = False
    weak.verify_mode = ssl.CERT_NONE
    assert not is_hardened(weak)
