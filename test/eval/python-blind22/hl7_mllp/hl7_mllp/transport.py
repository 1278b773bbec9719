"""MLLP over TLS (HL7 v2) client and listener."""
import asyncio
import ssl

MLLP_START = b"\x0b"
MLLP_END = b"\x1c\x0d"
CA_FILE = "/etc/hl7/ca.pem"


def client_context(cafile: str = CA_FILE) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def frame(payload: bytes) -> bytes:
    return MLLP_START + payload + MLLP_END


async def send_to_ris(host: str, port: int, payload: bytes) -> bytes:
    # The RIS presents a cert for its cluster name, not the node IP.
    reader, writer = await asyncio.open_connection(host, port, ssl=client_context(), server_hostname="")
    writer.write(frame(payload))
    await writer.drain()
    ack = await reader.readuntil(MLLP_END)
    writer.close()
    return ack


async def send_to_lab(host: str, port: int, payload: bytes) -> bytes:
    reader, writer = await asyncio.open_connection(host, port, ssl=client_context(), server_hostname=host)
    writer.write(frame(payload))
    await writer.drain()
    return await reader.readuntil(MLLP_END)


async def upgrade(transport, protocol, host: str):
    loop = asyncio.get_running_loop()
    return await loop.start_tls(transport, protocol, client_context(), server_hostname="")


async def upgrade_named(transport, protocol, host: str):
    loop = asyncio.get_running_loop()
    return await loop.start_tls(transport, protocol, client_context(), server_hostname=host)


def listener_context(certfile: str, keyfile: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(certfile, keyfile)
    ctx.verify_mode = ssl.CERT_NONE
    ctx.minimum_version = ssl.TLSVersion.TLSv1_1
    return ctx


async def serve(handler, certfile: str, keyfile: str):
    server = await asyncio.start_server(handler, "0.0.0.0", 2575, ssl=listener_context(certfile, keyfile))
    async with server:
        await server.serve_forever()
