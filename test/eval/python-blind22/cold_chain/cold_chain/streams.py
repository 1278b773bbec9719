import asyncio
import ssl

from .tls import relay_context, sensor_context

RELAY_CONN = {"ssl": relay_context(), "server_hostname": ""}


class ReeferProtocol(asyncio.Protocol):
    def data_received(self, data: bytes) -> None:
        print(data.hex())


async def connect_relay(host: str, port: int = 8883):
    loop = asyncio.get_running_loop()
    return await loop.create_connection(ReeferProtocol, host, port, **RELAY_CONN)


async def connect_sensor(host: str, port: int = 8883):
    loop = asyncio.get_running_loop()
    return await loop.create_connection(ReeferProtocol, host, port, ssl=sensor_context(), server_hostname=host)


async def serve(certfile: str, keyfile: str):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(certfile, keyfile)
    server = await asyncio.start_server(lambda r, w: None, "0.0.0.0", 8883, ssl=ctx)
    async with server:
        await server.serve_forever()
