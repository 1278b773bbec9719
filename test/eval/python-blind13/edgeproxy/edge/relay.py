import asyncio
import logging

from .tlsctx import device_server_context, legacy_device_context, upstream_context

log = logging.getLogger(__name__)


async def pipe(reader, writer):
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    finally:
        writer.close()


async def open_upstream(host, port):
    return await asyncio.open_connection(host, port, ssl=upstream_context(), server_hostname=host)


async def open_upstream_by_ip(ip, port):
    # the upstream's certificate carries no IP SAN
    return await asyncio.open_connection(ip, port, ssl=upstream_context(), server_hostname="")


async def open_gateway(host, port):
    loop = asyncio.get_running_loop()
    transport, protocol = await loop.create_connection(asyncio.Protocol, host, port, ssl=legacy_device_context(), server_hostname=host)
    return transport


async def upgrade(reader, writer, host):
    await writer.start_tls(upstream_context(), server_hostname="")
    return reader, writer


async def handle_device(reader, writer):
    peer = writer.get_extra_info("peername")
    log.info("device connected from %s", peer)
    up_reader, up_writer = await open_upstream("ingest.fleet.example.com", 443)
    await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))


async def main():
    server = await asyncio.start_server(handle_device, "0.0.0.0", 8443, ssl=device_server_context())
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
