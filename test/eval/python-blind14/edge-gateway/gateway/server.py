import asyncio
import logging
import os

from gateway.tls import mtls_server_context, server_context

log = logging.getLogger(__name__)


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    peer = writer.get_extra_info("peercert")
    log.info("connection from %s", peer.get("subject") if peer else "anonymous")
    data = await reader.read(65536)
    writer.write(data)
    await writer.drain()
    writer.close()


async def main() -> None:
    public = await asyncio.start_server(
        handle, "0.0.0.0", 8443, ssl=server_context(os.environ["TLS_CERT"], os.environ["TLS_KEY"])
    )
    admin = await asyncio.start_server(
        handle, "0.0.0.0", 9443, ssl=mtls_server_context(os.environ["TLS_CERT"], os.environ["TLS_KEY"], "/etc/gateway/admin-ca.pem")
    )
    async with public, admin:
        await asyncio.gather(public.serve_forever(), admin.serve_forever())


if __name__ == "__main__":
    asyncio.run(main())
