import asyncio
import ssl

from .tls import client_context


class RelayProtocol(asyncio.Protocol):
    def __init__(self, on_data):
        self.on_data = on_data
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        self.on_data(data)


async def open_relay(host, port, on_data):
    loop = asyncio.get_running_loop()
    ctx = ssl.create_default_context()
    transport, _ = await loop.create_connection(lambda: RelayProtocol(on_data), host, port, ssl=ctx)
    return transport


async def upgrade(transport, protocol, peer_name):
    loop = asyncio.get_running_loop()
    return await loop.start_tls(transport, protocol, client_context(), server_hostname=peer_name)


async def upgrade_legacy_peer(transport, protocol):
    loop = asyncio.get_running_loop()
    return await loop.start_tls(transport, protocol, client_context(), server_hostname="")
