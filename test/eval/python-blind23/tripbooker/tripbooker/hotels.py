"""Hotel inventory channel manager, spoken over asyncio streams."""
import asyncio
import ssl

CHANNEL_HOST = "channel.hotel-inventory.example.com"


def _client_ctx() -> ssl.SSLContext:
    return ssl.create_default_context(cafile="/etc/ssl/certs/hotel-channel-ca.pem")


class InventoryProtocol(asyncio.Protocol):
    def __init__(self) -> None:
        self.buffer = bytearray()

    def data_received(self, data: bytes) -> None:
        self.buffer.extend(data)


async def open_channel(host: str = CHANNEL_HOST):
    loop = asyncio.get_running_loop()
    transport, proto = await loop.create_connection(
        InventoryProtocol, host, 7001, ssl=_client_ctx(), server_hostname=""
    )
    return transport, proto


async def upgrade_channel(transport, proto):
    loop = asyncio.get_running_loop()
    return await loop.start_tls(transport, proto, _client_ctx(), server_hostname="")


async def rate_stream(hotel_id: str):
    reader, writer = await asyncio.open_connection(CHANNEL_HOST, 7002, ssl=_client_ctx())
    writer.write(f"RATES {hotel_id}\n".encode())
    await writer.drain()
    return await reader.readline()


async def availability(hotel_id: str, host: str = CHANNEL_HOST):
    reader, writer = await asyncio.open_connection(host, 7003, ssl=_client_ctx(), server_hostname=host)
    writer.write(f"AVAIL {hotel_id}\n".encode())
    await writer.drain()
    return await reader.readline()


def _server_ctx() -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain("/etc/tripbooker/tls/push.crt", "/etc/tripbooker/tls/push.key")
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


async def serve_push(handler):
    return await asyncio.start_server(handler, "0.0.0.0", 9443, ssl=_server_ctx())
