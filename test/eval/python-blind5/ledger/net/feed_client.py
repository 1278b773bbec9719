"""Price feed over a raw TLS stream (asyncio)."""
import asyncio
import ssl

FEED_HOST = "feed.prices.example.com"
FEED_PORT = 7443


def feed_context():
    ctx = ssl.create_default_context(cafile="/etc/ledger/feed-ca.pem")
    ctx.load_cert_chain("/etc/ledger/feed-client.pem", "/etc/ledger/feed-client.key")
    return ctx


async def stream_prices(handler):
    reader, writer = await asyncio.open_connection(
        FEED_HOST, FEED_PORT, ssl=feed_context(), server_hostname=FEED_HOST
    )
    try:
        while line := await reader.readline():
            handler(line.decode().strip())
    finally:
        writer.close()
        await writer.wait_closed()


async def stream_backup(handler, ip="203.0.113.40"):
    reader, writer = await asyncio.open_connection(ip, FEED_PORT, ssl=feed_context(), server_hostname="")
    async for line in reader:
        handler(line.decode().strip())
    writer.close()


async def upgrade(reader, writer):
    loop = asyncio.get_running_loop()
    transport = writer.transport
    protocol = transport.get_protocol()
    new_transport = await loop.start_tls(transport, protocol, feed_context(), server_hostname=FEED_HOST)
    return new_transport


if __name__ == "__main__":
    asyncio.run(stream_prices(print))
