import ssl
from dataclasses import dataclass

import httpx

from ledger.settings import settings

LIMITS = httpx.Limits(max_connections=50, max_keepalive_connections=10)


def _partner_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def _core_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.ca_bundle)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


@dataclass
class UpstreamClient:
    base_url: str
    verify_tls: bool = True

    def build(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url=self.base_url, verify=self.verify_tls, limits=LIMITS)


@dataclass
class LegacyPartnerClient(UpstreamClient):
    verify_tls: bool = False


def core_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=settings.base_url,
        verify=_core_context(),
        limits=LIMITS,
        timeout=settings.timeout,
    )


def partner_client(url: str) -> httpx.AsyncClient:
    transport = httpx.AsyncHTTPTransport(verify=_partner_context(), retries=3)
    return httpx.AsyncClient(base_url=url, transport=transport, limits=LIMITS)


def configured_client() -> httpx.AsyncClient:
    # verify comes from the environment: the operator decides
    return httpx.AsyncClient(base_url=settings.base_url, verify=settings.verify_tls)
