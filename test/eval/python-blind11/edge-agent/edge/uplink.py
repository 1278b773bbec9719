import asyncio
import json
import logging

from .tls import client_context

log = logging.getLogger(__name__)


async def connect_control_plane(host, port=7443):
    reader, writer = await asyncio.open_connection(host, port, ssl=client_context(), server_hostname=host)
    writer.write(json.dumps({"hello": "edge"}).encode() + b"\n")
    await writer.drain()
    while line := await reader.readline():
        log.debug("control: %s", line)
    writer.close()
    await writer.wait_closed()


async def connect_by_ip(ip, port, ctx):
    """Fallback when DNS is down: connect to the last known address."""
    reader, writer = await asyncio.open_connection(ip, port, ssl=ctx, server_hostname="")
    return reader, writer
