import asyncio

from .tls import client_context

NO_SNI = ""


class Upstream:
    def __init__(self, host, port, sni=None, profile="modern"):
        self.host, self.port = host, port
        self.sni = sni if sni is not None else host
        self.ctx = client_context(profile)

    async def open(self):
        return await asyncio.open_connection(self.host, self.port, ssl=self.ctx, server_hostname=self.sni)


class IPUpstream(Upstream):
    """Upstreams addressed by IP; their certificates carry no IP SAN."""

    async def open(self):
        return await asyncio.open_connection(self.host, self.port, ssl=self.ctx, server_hostname="")


async def upgrade(writer, host):
    loop = asyncio.get_running_loop()
    transport = writer.transport
    return await loop.start_tls(transport, transport.get_protocol(), client_context(), server_hostname=host)


async def connect_backend(host, port):
    return await asyncio.open_connection(host, port, ssl=client_context(), server_hostname=NO_SNI)


async def connect_metrics(host, port, protocol_factory):
    loop = asyncio.get_running_loop()
    return await loop.create_connection(protocol_factory, host, port, ssl=client_context(), server_hostname=None)
