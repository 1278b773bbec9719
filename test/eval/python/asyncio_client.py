import asyncio
import ssl


async def fetch(host, port=443):
    ctx = ssl.create_default_context()
    reader, writer = await asyncio.open_connection(host, port, ssl=ctx, server_hostname=host)
    writer.write(b"PING\r\n")
    await writer.drain()
    return await reader.readline()


async def fetch_by_ip(ip, name, port=443):
    ctx = ssl.create_default_context()
    reader, writer = await asyncio.open_connection(ip, port, ssl=ctx, server_hostname=name)
    return reader, writer
