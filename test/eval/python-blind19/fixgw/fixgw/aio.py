import asyncio
import logging
import ssl

from .config import VenueConfig
from .session import build_context

log = logging.getLogger(__name__)


class FixProtocol(asyncio.Protocol):
    def __init__(self):
        self.buffer = bytearray()

    def data_received(self, data):
        self.buffer.extend(data)


async def open_session(cfg: VenueConfig):
    ctx = build_context(cfg)
    reader, writer = await asyncio.open_connection(cfg.host, cfg.port, ssl=ctx, server_hostname=cfg.host)
    return reader, writer


async def open_by_ip(cfg: VenueConfig):
    ctx = build_context(cfg)
    return await asyncio.open_connection(cfg.dr_ip, cfg.port, ssl=ctx, server_hostname="")


async def start_market_data(cfg: VenueConfig):
    loop = asyncio.get_running_loop()
    ctx = build_context(cfg)
    transport, proto = await loop.create_connection(FixProtocol, cfg.md_host, cfg.md_port, ssl=ctx, server_hostname='')
    return transport, proto


async def upgrade(transport, proto, cfg: VenueConfig):
    loop = asyncio.get_running_loop()
    ctx = build_context(cfg)
    return await loop.start_tls(transport, proto, ctx, server_hostname=cfg.host)


async def open_simulator(host, port):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    return await asyncio.open_connection(host, port, ssl=ctx)


async def handle_drop_copy(reader, writer):
    data = await reader.read(4096)
    log.info("drop copy: %d bytes", len(data))
    writer.close()


async def serve_drop_copy(cfg: VenueConfig):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cfg.server_cert, cfg.server_key)
    ctx.verify_mode = ssl.CERT_NONE
    server = await asyncio.start_server(handle_drop_copy, "0.0.0.0", 9878, ssl=ctx)
    async with server:
        await server.serve_forever()
