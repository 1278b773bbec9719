import asyncio
import ssl


def forwarder_context(ca_file):
    return ssl.create_default_context(cafile=ca_file)


async def forward_batch(host, port, ca_file, lines):
    reader, writer = await asyncio.open_connection(host, port, ssl=forwarder_context(ca_file), server_hostname="")
    for line in lines:
        writer.write(line.encode() + b"\n")
    await writer.drain()
    writer.close()


async def forward_named(host, port, ca_file, lines):
    reader, writer = await asyncio.open_connection(host, port, ssl=forwarder_context(ca_file), server_hostname=host)
    writer.write(b"\n".join(l.encode() for l in lines))
    await writer.drain()
    writer.close()
