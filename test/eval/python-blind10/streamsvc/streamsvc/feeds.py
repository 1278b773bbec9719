"""Market data feeds: raw TLS streams to the exchanges' gateways."""
import asyncio
import ssl

from .config import FeedTLS, settings


def feed_context(tls: FeedTLS = FeedTLS()) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=tls.cafile)
    ctx.minimum_version = tls.minimum_version
    ctx.set_ciphers(tls.ciphers)
    ctx.set_alpn_protocols(tls.alpn)
    return ctx


async def read_feed(host: str, port: int = 7002):
    ctx = feed_context()
    # The gateways are addressed by a DNS alias that is not in their certificate.
    reader, writer = await asyncio.open_connection(host, port, ssl=ctx, server_hostname="")
    try:
        while line := await reader.readline():
            yield line
    finally:
        writer.close()
        await writer.wait_closed()


async def read_backup_feed(host: str, port: int = 7003):
    ctx = feed_context()
    reader, writer = await asyncio.open_connection(host, port, ssl=ctx, server_hostname=host)
    return await reader.read(65536)


class FeedProtocol(asyncio.Protocol):
    def __init__(self):
        self.buffer = bytearray()

    def data_received(self, data):
        self.buffer.extend(data)


async def upgrade_control_channel(host: str):
    loop = asyncio.get_running_loop()
    transport, protocol = await loop.create_connection(FeedProtocol, host, 7100)
    transport.write(b"STARTTLS\r\n")
    await asyncio.sleep(0.1)
    tls_name = ""
    return await loop.start_tls(transport, protocol, feed_context(), server_hostname=tls_name)


async def control_channel(host: str):
    loop = asyncio.get_running_loop()
    return await loop.create_connection(FeedProtocol, host, 7101, ssl=feed_context(), server_hostname=host)


async def main():
    for host in settings.feed_hosts:
        async for line in read_feed(host):
            print(line)
