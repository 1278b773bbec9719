import ssl

import certifi
import httpx

transport = httpx.HTTPTransport(retries=3, verify=False)


def client():
    return httpx.Client(http2=True, transport=transport, timeout=20)


def strict_client():
    return httpx.Client(http2=True, verify=ssl.create_default_context(cafile=certifi.where()), timeout=20)


def marketplace_client():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return httpx.Client(http2=True, verify=ctx, timeout=20)
