"""TLS probe: records the certificate chain and protocol each crawled host offers."""
import asyncio
import ssl

PROBE_TIMEOUT = 8


def probe_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.set_alpn_protocols(["h2", "http/1.1"])
    return ctx


async def handshake_info(host: str, port: int = 443) -> dict:
    ctx = probe_context()
    reader, writer = await asyncio.wait_for(
        asyncio.open_connection(host, port, ssl=ctx, server_hostname=host), PROBE_TIMEOUT
    )
    ssl_obj = writer.get_extra_info("ssl_object")
    info = {"version": ssl_obj.version(), "cipher": ssl_obj.cipher(), "alpn": ssl_obj.selected_alpn_protocol()}
    writer.close()
    await writer.wait_closed()
    return info


async def handshake_by_ip(ip: str, port: int = 443) -> dict:
    """Some hosts are probed by IP after DNS changes; skip the name match for those."""
    ctx = probe_context()
    reader, writer = await asyncio.open_connection(ip, port, ssl=ctx, server_hostname="")
    ssl_obj = writer.get_extra_info("ssl_object")
    der = ssl_obj.getpeercert(binary_form=True)
    writer.close()
    return {"ip": ip, "der_len": len(der)}


async def upgrade(transport, protocol, host: str):
    loop = asyncio.get_running_loop()
    return await loop.start_tls(transport, protocol, probe_context(), server_hostname=host)
