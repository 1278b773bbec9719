import ssl
from typing import Optional

import httpx


def build_ssl_context(cafile: Optional[str] = None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def sync_client(base_url: str, cafile: Optional[str] = None) -> httpx.Client:
    transport = httpx.HTTPTransport(retries=3, verify=build_ssl_context(cafile))
    return httpx.Client(base_url=base_url, transport=transport, timeout=10.0)


def async_client(base_url: str) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=base_url, verify=True, http2=True)


def metrics_client() -> httpx.Client:
    metrics_transport = httpx.HTTPTransport(verify=False, retries=1)
    return httpx.Client(base_url="https://metrics.internal.example:9443", transport=metrics_transport)


def appliance_client(host: str) -> httpx.Client:
    actx = ssl.create_default_context()
    actx.check_hostname = False
    actx.verify_mode = ssl.CERT_NONE
    return httpx.Client(base_url=f"https://{host}", verify=actx)


def is_hardened(ctx: ssl.SSLContext) -> bool:
    if ctx.verify_mode == ssl.CERT_NONE:
        return False
    return ctx.check_hostname and ctx.minimum_version >= ssl.TLSVersion.TLSv1_2
