import asyncio
import ssl

UPSTREAM = "ledger.internal.example.com"


def client_context():
    ctx = ssl.create_default_context(cafile="/etc/ssl/ledger-ca.pem")
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


async def open_ledger():
    reader, writer = await asyncio.open_connection(UPSTREAM, 7400, ssl=client_context(), server_hostname="")
    return reader, writer


async def open_ledger_ok():
    return await asyncio.open_connection(UPSTREAM, 7400, ssl=client_context(), server_hostname=UPSTREAM)


async def upgrade(writer):
    loop = asyncio.get_running_loop()
    transport = writer.transport
    protocol = transport.get_protocol()
    new_transport = await loop.start_tls(
        transport,
        protocol,
        client_context(),
        server_hostname="",
    )
    writer._transport = new_transport
    return writer


async def handle(reader, writer):
    data = await reader.readline()
    writer.write(data)
    await writer.drain()
    writer.close()


async def serve():
    srv_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    srv_ctx.load_cert_chain("/etc/svc/server.pem", "/etc/svc/server.key")
    srv_ctx.verify_mode = ssl.CERT_NONE
    server = await asyncio.start_server(handle, "0.0.0.0", 8443, ssl=srv_ctx)
    async with server:
        await server.serve_forever()
