"""Thin async client for the hub's local REST API."""
from __future__ import annotations

import ssl

import aiohttp

from .const import DEFAULT_PORT


class AcmeHubApi:
    def __init__(self, session: aiohttp.ClientSession, host: str, verify_ssl: bool = True, fingerprint: str | None = None):
        self._session = session
        self._base = f"https://{host}:{DEFAULT_PORT}/api/v1"
        if fingerprint:
            self._ssl = aiohttp.Fingerprint(bytes.fromhex(fingerprint.replace(":", "")))
        else:
            self._ssl = verify_ssl

    async def status(self) -> dict:
        async with self._session.get(f"{self._base}/status", ssl=self._ssl) as resp:
            resp.raise_for_status()
            return await resp.json()

    async def set_state(self, entity: str, state: str) -> None:
        async with self._session.post(f"{self._base}/entities/{entity}", json={"state": state}, ssl=self._ssl) as resp:
            resp.raise_for_status()


class LegacyHubApi(AcmeHubApi):
    """Firmware 1.x: self-signed certificate, TLS 1.0 only."""

    def __init__(self, session: aiohttp.ClientSession, host: str):
        super().__init__(session, host)
        self._ssl = self._legacy_context()

    @staticmethod
    def _legacy_context() -> ssl.SSLContext:
        ctx = ssl.create_default_context()
        ctx.minimum_version = ssl.TLSVersion.TLSv1
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        return ctx
