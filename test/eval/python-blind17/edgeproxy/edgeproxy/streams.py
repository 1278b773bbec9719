import asyncio

from .contexts import listener_context, upstream_context


async def pipe(reader, writer):
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    finally:
        writer.close()


async def handle_client(reader, writer, upstream_host, upstream_port):
    up_reader, up_writer = await asyncio.open_connection(upstream_host, upstream_port, ssl=upstream_context(), server_hostname=upstream_host)
    await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))


async def upgrade_upstream(loop, transport, protocol, upstream_host):
    return await loop.start_tls(transport, protocol, upstream_context(), server_hostname="")


async def serve(cert, key, upstream_host, upstream_port, port=8443):
    server = await asyncio.start_server(lambda r, w: handle_client(r, w, upstream_host, upstream_port), "0.0.0.0", port, ssl=listener_context(cert, key))
    async with server:
        await server.serve_forever()
