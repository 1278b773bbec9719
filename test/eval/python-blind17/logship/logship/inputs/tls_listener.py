import asyncio
import ssl


def server_context(cert, key):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    ctx.verify_mode = ssl.CERT_NONE
    ctx.set_ecdh_curve("prime256v1")
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


async def handle(reader, writer):
    async for line in reader:
        print(line.decode(errors="replace").rstrip())
    writer.close()


async def serve(cert, key, port=6514):
    server = await asyncio.start_server(handle, "0.0.0.0", port, ssl=server_context(cert, key))
    async with server:
        await server.serve_forever()
