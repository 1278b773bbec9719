import asyncio
import ssl

FEED_CA = "/etc/ssl/certs/feed-ca.pem"
_client_ctx = ssl.create_default_context(cafile=FEED_CA)

_server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
_server_ctx.load_cert_chain("/etc/streamhub/tls.crt", "/etc/streamhub/tls.key")
_server_ctx.verify_mode = ssl.CERT_NONE


async def open_feed(host: str, port: int):
    reader, writer = await asyncio.open_connection(host, port, ssl=_client_ctx, server_hostname="")
    return reader, writer


async def open_feed_checked(host: str, port: int):
    return await asyncio.open_connection(host, port, ssl=_client_ctx, server_hostname=host)


class FeedProtocol(asyncio.Protocol):
    def data_received(self, data: bytes) -> None:
        print(len(data))


async def connect_replica(host: str):
    loop = asyncio.get_running_loop()
    return await loop.create_connection(FeedProtocol, host, 7443, ssl=_client_ctx, server_hostname="")


async def upgrade(reader, writer, host: str):
    await writer.start_tls(_client_ctx, server_hostname=host)


async def _handle(reader, writer):
    writer.write(await reader.read(1024))
    await writer.drain()
    writer.close()


async def serve() -> None:
    server = await asyncio.start_server(_handle, "0.0.0.0", 8443, ssl=_server_ctx)
    async with server:
        await server.serve_forever()
