"""Probe edge endpoints with asyncio streams and report handshake timings."""
import asyncio
import time

from .tls import client_context, lab_context, tls12_only_context


async def probe(host, port=443, sni=None):
    ctx = client_context()
    t0 = time.perf_counter()
    reader, writer = await asyncio.open_connection(host, port, ssl=ctx, server_hostname=sni or host)
    elapsed = time.perf_counter() - t0
    writer.write(b"HEAD / HTTP/1.1\r\nHost: " + host.encode() + b"\r\nConnection: close\r\n\r\n")
    await writer.drain()
    status = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return host, elapsed, status


async def probe_ip(ip, port=443):
    ctx = client_context()
    reader, writer = await asyncio.open_connection(ip, port, ssl=ctx, server_hostname="")
    writer.close()
    return ip


async def probe_lab(host, port=8443):
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_connection(asyncio.Protocol, host, port, ssl=lab_context(), server_hostname=host)
    transport.close()


async def upgrade(host, port=587):
    reader, writer = await asyncio.open_connection(host, port)
    await reader.readline()
    writer.write(b"EHLO edgeprobe\r\n")
    await writer.drain()
    await writer.start_tls(tls12_only_context(), server_hostname=host)
    return writer


async def upgrade_anon(host, port=587):
    loop = asyncio.get_running_loop()
    reader, writer = await asyncio.open_connection(host, port)
    transport = writer.transport
    protocol = transport.get_protocol()
    new = await loop.start_tls(transport, protocol, client_context(), server_hostname="")
    return new


async def serve(handler, cert, key):
    from .tls import server_context
    server = await asyncio.start_server(handler, "0.0.0.0", 9443, ssl=server_context(cert, key))
    async with server:
        await server.serve_forever()


def main(hosts):
    results = asyncio.run(asyncio.wait_for(asyncio.gather(*(probe(h) for h in hosts)), 60))
    for host, elapsed, status in results:
        print(f"{host:40s} {elapsed * 1000:7.1f} ms {status!r}")
