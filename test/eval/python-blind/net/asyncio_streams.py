import asyncio
import logging
import ssl
from typing import Optional, Tuple

log = logging.getLogger(__name__)

BROKER_HOST = "10.20.0.15"
BROKER_PORT = 6443


def _context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile="/etc/broker/ca.pem")
    return ctx


async def open_broker() -> Tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    # The broker is addressed by IP and its certificate names broker.internal.
    return await asyncio.open_connection(
        BROKER_HOST, BROKER_PORT, ssl=_context(), server_hostname=""
    )


async def open_named(host: str, port: int) -> Tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    return await asyncio.open_connection(host, port, ssl=_context(), server_hostname=host)


class Protocol(asyncio.Protocol):
    def __init__(self) -> None:
        self.transport: Optional[asyncio.Transport] = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        log.debug("received %r", data[:40])


async def connect_protocol(host: str, port: int) -> asyncio.Transport:
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_connection(
        Protocol, host, port, ssl=_context(), server_hostname=""
    )
    return transport


async def upgrade(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(b"STARTTLS\r\n")
    await writer.drain()
    await reader.readline()
    await writer.start_tls(_context(), server_hostname="")


async def main() -> None:
    reader, writer = await open_broker()
    writer.write(b"PING\r\n")
    await writer.drain()
    log.info(await reader.readline())
    writer.close()
    await writer.wait_closed()


if __name__ == "__main__":
    asyncio.run(main())
