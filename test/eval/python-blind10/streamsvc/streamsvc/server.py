"""TLS ingest server for the field devices."""
import asyncio
import ssl

CERT = "/etc/streamsvc/server.pem"
KEY = "/etc/streamsvc/server.key"


def server_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(CERT, KEY)
    # Devices do not present client certificates.
    ctx.verify_mode = ssl.CERT_NONE
    ctx.set_ecdh_curve("secp192r1")
    return ctx


def strict_server_context() -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(CERT, KEY)
    ctx.set_ecdh_curve("prime256v1")
    ctx.load_dh_params("/etc/streamsvc/dh1024.pem")
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
    data = await reader.read(1024)
    writer.write(data)
    await writer.drain()
    writer.close()


async def serve():
    server = await asyncio.start_server(handle, "0.0.0.0", 8883, ssl=server_context())
    strict = await asyncio.start_server(handle, "0.0.0.0", 8884, ssl=strict_server_context())
    async with server, strict:
        await asyncio.gather(server.serve_forever(), strict.serve_forever())
