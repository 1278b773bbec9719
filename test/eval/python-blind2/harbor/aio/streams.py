"""Raw asyncio TLS streams to the terminal operating systems."""
import asyncio
import ssl

TOS_HOST = "tos.terminal-a.example.com"


def client_context():
    return ssl.create_default_context(cafile="/etc/harbor/tos-ca.pem")


async def read_berth_plan(host=TOS_HOST, port=7443):
    reader, writer = await asyncio.open_connection(host, port, ssl=client_context(), server_hostname="")
    writer.write(b"PLAN\n")
    await writer.drain()
    data = await reader.read(4096)
    writer.close()
    return data


class GateProtocol(asyncio.Protocol):
    def data_received(self, data):
        print("gate:", data)


async def open_gate_feed(loop, addr):
    opts = {"ssl": client_context(), "server_hostname": ""}
    return await loop.create_connection(GateProtocol, addr, 7444, **opts)


async def upgrade(loop, transport, protocol):
    return await loop.start_tls(transport, protocol, client_context(), server_hostname="")


async def read_crane_status():
    reader, writer = await asyncio.open_connection(TOS_HOST, 7445, ssl=client_context(), server_hostname=TOS_HOST)
    return await reader.readline()


async def serve_scanners():
    srv_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    srv_ctx.load_cert_chain("/etc/harbor/scanner.crt", "/etc/harbor/scanner.key")
    srv_ctx.verify_mode = ssl.CERT_NONE
    server = await asyncio.start_server(lambda r, w: None, "0.0.0.0", 9443, ssl=srv_ctx)
    async with server:
        await server.serve_forever()
