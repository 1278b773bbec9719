import ssl

import pytest

from streamhub import streams


def test_server_context_does_not_request_client_certs():
    assert streams._server_ctx.verify_mode == ssl.CERT_NONE


def test_client_context_verifies():
    assert streams._client_ctx.verify_mode == ssl.CERT_REQUIRED
    assert streams._client_ctx.check_hostname is True


@pytest.mark.asyncio
async def test_open_feed_checked(unused_tcp_port):
    with pytest.raises(OSError):
        await streams.open_feed_checked("127.0.0.1", unused_tcp_port)
