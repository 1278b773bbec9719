import asyncio
import logging

from .tls import server_context

log = logging.getLogger(__name__)


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    peer = writer.get_extra_info("peername")
    cert = writer.get_extra_info("peercert")
    log.info("connection from %s (client cert: %s)", peer, bool(cert))
    while line := await reader.readline():
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main(host: str = "0.0.0.0", port: int = 8765) -> None:
    ctx = server_context("/etc/streamgw/cert.pem", "/etc/streamgw/key.pem")
    server = await asyncio.start_server(handle, host, port, ssl=ctx)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
