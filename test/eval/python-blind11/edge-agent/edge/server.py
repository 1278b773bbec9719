import asyncio
import logging

from .tls import scanner_port_context, server_context

log = logging.getLogger(__name__)


async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    data = await reader.read(4096)
    log.info("%s sent %d bytes", peer, len(data))
    writer.write(b"ok\n")
    await writer.drain()
    writer.close()


async def serve(host="0.0.0.0", port=9443):
    main = await asyncio.start_server(handle, host, port, ssl=server_context())
    scanners = await asyncio.start_server(handle, host, 9444, ssl=scanner_port_context())
    async with main, scanners:
        await asyncio.gather(main.serve_forever(), scanners.serve_forever())
