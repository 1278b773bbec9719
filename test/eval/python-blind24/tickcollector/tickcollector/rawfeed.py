import asyncio
import ssl

FEED_HOST = "itch.exchange.example.com"
CA = "/etc/ssl/exchange-ca.pem"


def _feed_context():
    ctx = ssl.create_default_context(cafile=CA)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


async def open_itch(host=FEED_HOST, port=9443):
    ctx = _feed_context()
    reader, writer = await asyncio.open_connection(host, port, ssl=ctx, server_hostname="")
    return reader, writer


async def open_itch_ok(host=FEED_HOST, port=9443):
    reader, writer = await asyncio.open_connection(host, port, ssl=_feed_context(), server_hostname=host)
    return reader, writer


async def upgrade(reader, writer):
    loop = asyncio.get_running_loop()
    ctx = _feed_context()
    transport = writer.transport
    protocol = transport.get_protocol()
    new = await loop.start_tls(transport, protocol, ctx, server_hostname="")
    return new


def legacy_feed_context():
    ctx = ssl.create_default_context(cafile=CA)
    ctx.maximum_version = ssl.TLSVersion.TLSv1_1
    return ctx
