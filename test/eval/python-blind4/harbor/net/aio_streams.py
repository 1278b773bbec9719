"""asyncio TLS helpers for the relay."""
import asyncio
import ssl

RELAY_CA = "/etc/harbor/relay-ca.pem"


def relay_context():
    return ssl.create_default_context(cafile=RELAY_CA)


async def relay_hello(host, port=8883):
    reader, writer = await asyncio.open_connection(
        host, port, ssl=relay_context(), server_hostname=""
    )
    writer.write(b"HELLO\n")
    await writer.drain()
    return await reader.readline()


async def upgrade(loop, transport, protocol, host):
    ctx = relay_context()
    return await loop.start_tls(transport, protocol, ctx, server_hostname=host)


async def serve(handler):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain("/etc/harbor/relay.pem", "/etc/harbor/relay.key")
    ctx.verify_mode = ssl.CERT_NONE
    server = await asyncio.start_server(handler, "0.0.0.0", 8884, ssl=ctx)
    async with server:
        await server.serve_forever()


async def probe(loop, host):
    ctx = ssl.SSLContext()
    ctx.load_default_certs()
    return await loop.create_connection(asyncio.Protocol, host, 443, ssl=ctx, server_hostname=host)
