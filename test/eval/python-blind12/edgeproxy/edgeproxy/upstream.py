import asyncio
import logging
import ssl

from .tls import LEGACY_POS, upstream_context

log = logging.getLogger(__name__)


class Upstream:
    def __init__(self, host: str, port: int = 443, ctx: ssl.SSLContext = None):
        self.host = host
        self.port = port
        self.ctx = ctx or upstream_context()

    async def open(self):
        return await asyncio.open_connection(self.host, self.port, ssl=self.ctx, server_hostname=self.host)


class IpUpstream(Upstream):
    """Upstreams addressed by IP in the service mesh."""

    async def open(self):
        return await asyncio.open_connection(self.host, self.port, ssl=self.ctx, server_hostname="")


class PosUpstream(Upstream):
    def __init__(self, host: str):
        super().__init__(host, 8443, upstream_context(LEGACY_POS))


async def relay(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, upstream: Upstream):
    up_reader, up_writer = await upstream.open()

    async def pipe(src, dst):
        try:
            while data := await src.read(65536):
                dst.write(data)
                await dst.drain()
        finally:
            dst.close()

    await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))


async def upgrade(transport, protocol, host: str):
    loop = asyncio.get_running_loop()
    return await loop.start_tls(transport, protocol, upstream_context(), server_hostname=host)
