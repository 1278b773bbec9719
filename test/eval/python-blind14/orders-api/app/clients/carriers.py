"""Carrier rate lookups over aiohttp (the carriers' SDKs are synchronous)."""
import ssl

import aiohttp

CARRIER_CA = "/etc/ssl/certs/carrier-roots.pem"
_ssl_ctx = ssl.create_default_context(cafile=CARRIER_CA)

# Pinned SHA-256 of the DHL sandbox leaf certificate.
DHL_SANDBOX_PIN = bytes.fromhex("5f1b7c0e9a3d44b1c2e8f0a6d7b9c3e1f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c2")


async def fetch_rates(session: aiohttp.ClientSession, carrier: str, parcel: dict) -> list:
    async with session.post(f"https://rates.{carrier}.example.com/v1/rates", json=parcel, ssl=_ssl_ctx) as resp:
        resp.raise_for_status()
        return await resp.json()


async def dhl_sandbox_rates(parcel: dict) -> list:
    async with aiohttp.ClientSession() as session:
        async with session.post(
            "https://sandbox.dhl.example.com/rates", json=parcel, ssl=aiohttp.Fingerprint(DHL_SANDBOX_PIN)
        ) as resp:
            return await resp.json()


async def legacy_carrier_rates(parcel: dict) -> list:
    connector = aiohttp.TCPConnector(ssl=False, limit=10)
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.post("https://edi.oldcarrier.example.org/rates", json=parcel) as resp:
            return await resp.json()


def make_session() -> aiohttp.ClientSession:
    connector = aiohttp.TCPConnector(ssl=_ssl_ctx, limit_per_host=20)
    return aiohttp.ClientSession(connector=connector, raise_for_status=True)
