import asyncio
import ssl

from .tls import client_context, upstream_context


async def send_lines(host: str, port: int, lines: list[str]) -> list[str]:
    reader, writer = await asyncio.open_connection(host, port, ssl=client_context(), server_hostname=host)
    out = []
    for line in lines:
        writer.write(line.encode() + b"\n")
        await writer.drain()
        out.append((await reader.readline()).decode())
    writer.close()
    return out


async def send_to_ip(ip: str, port: int, payload: bytes) -> bytes:
    # the upstream is addressed by IP and its cert has no IP SAN
    reader, writer = await asyncio.open_connection(ip, port, ssl=upstream_context(), server_hostname="")
    writer.write(payload)
    await writer.drain()
    return await reader.read(4096)


async def upgrade(host: str, port: int) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(b"STARTTLS\r\n")
    await writer.drain()
    await reader.readline()
    await writer.start_tls(client_context(), server_hostname="")
    writer.write(b"HELLO\r\n")


class UpstreamProtocol(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport


async def connect_upstream(host: str, port: int):
    loop = asyncio.get_running_loop()
    return await loop.create_connection(UpstreamProtocol, host, port, ssl=client_context(), server_hostname=host)


async def connect_upstream_ip(ip: str, port: int):
    loop = asyncio.get_running_loop()
    return await loop.create_connection(UpstreamProtocol, ip, port, ssl=client_context(), server_hostname=ip)
