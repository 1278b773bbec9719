"""Line-protocol gateway: accepts agents over TLS and forwards to upstream over TLS."""
import asyncio
import logging
import ssl

log = logging.getLogger(__name__)

UPSTREAM = ("upstream.example.net", 7001)


def server_ctx() -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain("/etc/gw/server.pem")
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


async def forward(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    up_r, up_w = await asyncio.open_connection(*UPSTREAM, ssl=True)
    try:
        while line := await reader.readline():
            up_w.write(line)
            await up_w.drain()
            writer.write(await up_r.readline())
            await writer.drain()
    finally:
        up_w.close()
        writer.close()


async def forward_legacy(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    up_r, up_w = await asyncio.open_connection(
        "legacy-upstream.example.net", 7002, ssl=ssl._create_unverified_context()
    )
    up_w.write(await reader.read(1024))
    writer.write(await up_r.read(1024))


async def main() -> None:
    server = await asyncio.start_server(forward, "0.0.0.0", 7443, ssl=server_ctx())
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
