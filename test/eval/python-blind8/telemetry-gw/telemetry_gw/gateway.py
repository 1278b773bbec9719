import asyncio
import logging
import ssl

from .tlsconf import DEVICE_CA, client_context, server_context

log = logging.getLogger(__name__)

UPSTREAM_HOST = "ingest.telemetry.example.com"
REPLAY_SNI = ""
CERT, KEY = "/etc/telemetry/gw.pem", "/etc/telemetry/gw.key"


async def forward(reader, writer):
    up_reader, up_writer = await asyncio.open_connection(
        UPSTREAM_HOST,
        443,
        ssl=client_context(),
        server_hostname="",
    )
    while data := await reader.read(65536):
        up_writer.write(data)
        await up_writer.drain()
    up_writer.close()


async def open_device_link(ip):
    # Devices are addressed by IP; their certificates carry IP SANs.
    return await asyncio.open_connection(ip, 8883, ssl=client_context(cafile=DEVICE_CA), server_hostname=ip)


async def upgrade(writer, host):
    loop = asyncio.get_running_loop()
    transport = writer.transport
    return await loop.start_tls(transport, transport.get_protocol(), client_context(), server_hostname=host)


class ReplayProtocol(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport


async def replay(host, port):
    loop = asyncio.get_running_loop()
    ctx = client_context()
    return await loop.create_connection(ReplayProtocol, host, port, ssl=ctx, server_hostname=REPLAY_SNI)


async def main():
    server = await asyncio.start_server(forward, "0.0.0.0", 9443, ssl=server_context(CERT, KEY))
    async with server:
        await server.serve_forever()
