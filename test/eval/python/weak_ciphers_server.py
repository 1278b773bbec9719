import asyncio
import ssl

# Support for the old barcode scanners on the warehouse floor.
LEGACY_CIPHERS = "ECDHE+AESGCM:AES128-SHA:DES-CBC3-SHA"  # expect: no-weak-cipher, no-weak-cipher


def server_context(certfile, keyfile):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(certfile, keyfile)
    ctx.set_ciphers(LEGACY_CIPHERS)
    ctx.set_ecdh_curve("prime192v1")  # expect: no-weak-key-exchange
    return ctx


async def handle(reader, writer):
    data = await reader.read(100)
    writer.write(data)
    await writer.drain()
    writer.close()


async def main():
    ctx = server_context("/etc/scanner/cert.pem", "/etc/scanner/key.pem")
    server = await asyncio.start_server(handle, "0.0.0.0", 8443, ssl=ctx)
    async with server:
        await server.serve_forever()
