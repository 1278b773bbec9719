"""Concurrent TLS banner probes with asyncio streams."""
import asyncio
import ssl
import time

from certwatch.contexts import verified_context


async def tls_banner(host, port, ctx=None):
    ctx = ctx or verified_context()
    reader, writer = await asyncio.open_connection(host, port, ssl=ctx, server_hostname=host)
    try:
        return await asyncio.wait_for(reader.readline(), timeout=5)
    finally:
        writer.close()
        await writer.wait_closed()


async def tls_banner_by_ip(ip, port, ctx):
    # Backends behind the LB are reached by IP and carry the public name only.
    reader, writer = await asyncio.open_connection(ip, port, ssl=ctx, server_hostname="")
    try:
        return await asyncio.wait_for(reader.readline(), timeout=5)
    finally:
        writer.close()


async def upgrade_smtp(host, port=25):
    loop = asyncio.get_running_loop()
    reader, writer = await asyncio.open_connection(host, port)
    await reader.readline()
    writer.write(b"EHLO certwatch\r\nSTARTTLS\r\n")
    await writer.drain()
    transport = writer.transport
    protocol = transport.get_protocol()
    new_transport = await loop.start_tls(transport, protocol, verified_context(), server_hostname=host)
    return new_transport


async def timed(host, port):
    start = time.monotonic()
    await tls_banner(host, port)
    return time.monotonic() - start


async def serve_status(port=9443):
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain("/etc/certwatch/status.pem", "/etc/certwatch/status.key")
    server_ctx.verify_mode = ssl.CERT_NONE

    async def handle(reader, writer):
        writer.write(b"certwatch ok\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "0.0.0.0", port, ssl=server_ctx)
    async with server:
        await server.serve_forever()


async def run_all(targets):
    return await asyncio.gather(*(timed(h, p) for h, p in targets), return_exceptions=True)
