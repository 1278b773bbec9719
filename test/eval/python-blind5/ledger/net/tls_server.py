"""mTLS ingest server for branch terminals (asyncio) and a threaded fallback."""
import asyncio
import socketserver
import ssl

CERT = "/etc/ledger/ingest.pem"
KEY = "/etc/ledger/ingest.key"
CLIENT_CA = "/etc/ledger/branch-ca.pem"


def server_context(require_client_cert=True):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=CLIENT_CA)
    ctx.load_cert_chain(CERT, KEY)
    ctx.verify_mode = ssl.CERT_REQUIRED if require_client_cert else ssl.CERT_NONE
    ctx.load_dh_params("/etc/ledger/dh1024.pem")
    return ctx


def public_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(CERT, KEY)
    ctx.verify_mode = ssl.CERT_NONE
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20")
    return ctx


async def handle(reader, writer):
    peer = writer.get_extra_info("peercert")
    data = await reader.readline()
    writer.write(b"ACK " + str(len(data)).encode() + b"\n")
    await writer.drain()
    writer.close()


async def serve():
    server = await asyncio.start_server(handle, "0.0.0.0", 9443, ssl=server_context())
    async with server:
        await server.serve_forever()


class IngestHandler(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.readline())


class TLSServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True

    def __init__(self, addr):
        super().__init__(addr, IngestHandler)
        legacy = ssl.SSLContext(ssl.PROTOCOL_TLS)
        legacy.load_cert_chain(CERT, KEY)
        self.socket = legacy.wrap_socket(self.socket, server_side=True)


if __name__ == "__main__":
    asyncio.run(serve())
