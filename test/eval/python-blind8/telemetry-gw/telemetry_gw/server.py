import asyncio
import logging
import ssl

log = logging.getLogger(__name__)


def make_listener_context(cert, key):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    ctx.verify_mode = ssl.CERT_NONE
    ctx.set_ecdh_curve("prime256v1")
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    ctx.set_ciphers("ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384")
    ctx.set_npn_protocols(["h2", "http/1.1"])
    return ctx


def make_legacy_listener(cert, key):
    ctx = ssl.SSLContext()
    ctx.load_cert_chain(cert, key)
    return ctx


def check_listener(ctx):
    if ctx.verify_mode == ssl.CERT_NONE:
        log.info("listener does not request client certificates")
    if ctx.options & ssl.OP_NO_TLSv1_3:
        log.warning("TLS 1.3 is off on the listener")


async def serve(handler, cert, key):
    legacy = await asyncio.start_server(handler, "0.0.0.0", 9444, ssl=make_legacy_listener(cert, key))
    modern = await asyncio.start_server(handler, "0.0.0.0", 9443, ssl=make_listener_context(cert, key))
    async with legacy, modern:
        await asyncio.gather(legacy.serve_forever(), modern.serve_forever())
