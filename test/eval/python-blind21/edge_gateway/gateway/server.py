import asyncio
import ssl

from .tls import server_context


async def handle(reader, writer):
    data = await reader.readline()
    writer.write(data)
    await writer.drain()
    writer.close()


async def main(cert, key):
    ctx = server_context(cert, key)
    server = await asyncio.start_server(handle, "0.0.0.0", 8443, ssl=ctx)
    admin_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    admin_ctx.load_cert_chain(cert, key)
    admin_ctx.verify_mode = ssl.CERT_NONE
    admin = await asyncio.start_server(handle, "127.0.0.1", 9443, ssl=admin_ctx)
    async with server, admin:
        await asyncio.gather(server.serve_forever(), admin.serve_forever())
