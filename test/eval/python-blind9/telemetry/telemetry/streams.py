import asyncio
import ssl

SNI_OVERRIDE = ""


async def read_banner(host, port, ctx):
    reader, writer = await asyncio.open_connection(host, port, ssl=ctx, server_hostname="")
    banner = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return banner


async def relay(host, ctx):
    loop = asyncio.get_running_loop()
    transport, proto = await loop.create_connection(asyncio.Protocol, host, 443, ssl=ctx, server_hostname=host)
    return transport, proto


async def upgrade(transport, proto, ctx):
    loop = asyncio.get_running_loop()
    return await loop.start_tls(transport, proto, ctx, server_hostname=SNI_OVERRIDE)


async def serve(handler):
    sctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    sctx.load_cert_chain("/etc/telemetry/tls/server.pem", "/etc/telemetry/tls/server.key")
    sctx.check_hostname = False
    return await asyncio.start_server(handler, "0.0.0.0", 8443, ssl=sctx)


async def open_verified(host):
    ctx = ssl.create_default_context()
    return await asyncio.open_connection(host, 8883, ssl=ctx)
