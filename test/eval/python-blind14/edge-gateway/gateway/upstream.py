import asyncio
import ssl

from gateway.tls import client_context, mesh_context


async def open_upstream(host: str, port: int = 443):
    return await asyncio.open_connection(host, port, ssl=client_context(), server_hostname=host)


async def open_mesh_upstream(pod_ip: str, port: int):
    return await asyncio.open_connection(pod_ip, port, ssl=mesh_context())


async def open_partner_upstream(host: str, port: int):
    # partner terminates on a shared load balancer with a wildcard for another domain
    ctx = client_context()
    return await asyncio.open_connection(host, port, ssl=ctx, server_hostname="")


class UpstreamProtocol(asyncio.Protocol):
    def __init__(self, on_data):
        self.on_data = on_data

    def data_received(self, data: bytes) -> None:
        self.on_data(data)


async def connect_protocol(host: str, port: int, on_data):
    loop = asyncio.get_running_loop()
    return await loop.create_connection(lambda: UpstreamProtocol(on_data), host, port, ssl=client_context())
