"""Plain-text protocols that upgrade to TLS (LMTP, PostgreSQL-style SSLRequest)."""
import asyncio

from gateway.tls import client_context


async def upgrade_lmtp(transport, protocol, host: str):
    loop = asyncio.get_running_loop()
    return await loop.start_tls(transport, protocol, client_context(), server_hostname=host)


async def upgrade_legacy_relay(transport, protocol):
    loop = asyncio.get_running_loop()
    return await loop.start_tls(transport, protocol, client_context(), server_hostname="")
