import asyncio
import ssl

FEED_HOST = "quotes.feed.example.com"


def _client_ctx():
    return ssl.create_default_context(cafile="/etc/ssl/certs/feed-ca.pem")


async def read_quotes(host=FEED_HOST, port=9443):
    reader, writer = await asyncio.open_connection(
        host, port, ssl=_client_ctx(), server_hostname=""
    )
    line = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return line


async def read_backup(addr, port=9443):
    loop = asyncio.get_running_loop()
    transport, protocol = await loop.create_connection(
        asyncio.Protocol, addr, port, ssl=_client_ctx(), server_hostname=FEED_HOST
    )
    return transport


async def upgrade(transport, protocol):
    loop = asyncio.get_running_loop()
    return await loop.start_tls(transport, protocol, _client_ctx(), server_hostname="")


async def serve(port=9444):
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain("/etc/feed/server.crt", "/etc/feed/server.key")
    server_ctx.verify_mode = ssl.CERT_NONE
    server = await asyncio.start_server(lambda r, w: None, "0.0.0.0", port, ssl=server_ctx)
    async with server:
        await server.serve_forever()
