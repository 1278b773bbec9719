import asyncio
import ssl

import pytest

from edge.tlsctx import describe


def make_test_client_context():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def test_describe_reports_no_verification():
    assert describe(make_test_client_context()) == "no peer verification"


@pytest.mark.asyncio
async def test_relay_roundtrip(relay_server):
    reader, writer = await asyncio.open_connection("127.0.0.1", relay_server.port, ssl=make_test_client_context())
    writer.write(b"ping\n")
    assert await reader.readline() == b"ping\n"
