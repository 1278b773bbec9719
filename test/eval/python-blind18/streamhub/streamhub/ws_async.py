import ssl

import websockets

PARTNER_CA = "/etc/ssl/certs/partner-ca.pem"


def _partner_ctx() -> ssl.SSLContext:
    return ssl.create_default_context(cafile=PARTNER_CA)


def _lab_ctx() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


async def consume_partner(uri: str, handle):
    async with websockets.connect(uri, ssl=_partner_ctx(), max_size=2**22) as ws:
        async for message in ws:
            await handle(message)


async def consume_lab(uri: str, handle):
    async with websockets.connect(uri, ssl=_lab_ctx()) as ws:
        async for message in ws:
            await handle(message)
