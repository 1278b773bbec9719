import ssl

import aiohttp
import httpx

CA = "/etc/mdfeed/exchange-ca.pem"
BASE = "https://api.exchange.example.com/v3"


def tls_context() -> ssl.SSLContext:
    return ssl.create_default_context(cafile=CA)


async def fetch_book(symbol: str):
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{BASE}/book/{symbol}", ssl=tls_context()) as r:
            return await r.json()


async def fetch_candles(symbol: str, interval: str = "1m"):
    connector = aiohttp.TCPConnector(ssl=False, limit=20)
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.get(f"{BASE}/candles/{symbol}", params={"interval": interval}) as r:
            return await r.json()


async def fetch_status(url: str) -> int:
    async with aiohttp.ClientSession() as session:
        async with session.get(url, verify_ssl=False) as r:
            return r.status


async def fetch_pinned(url: str, fingerprint: bytes):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=aiohttp.Fingerprint(fingerprint)) as r:
            return await r.read()


async def local_health(port: int) -> bool:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"https://127.0.0.1:{port}/health", ssl=False) as r:
            return r.status == 200


def quote_client() -> httpx.Client:
    return httpx.Client(base_url="https://quotes.example.com", verify=CA, http2=True)


def reference_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url="https://refdata.vendor.example.net", verify=False, timeout=30)


def lab_client() -> httpx.Client:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return httpx.Client(base_url="https://lab-gw.exchange.example.com", verify=ctx)


def strict_client() -> httpx.Client:
    ctx = ssl.create_default_context(cafile=CA)
    ctx.verify_mode = ssl.CERT_REQUIRED
    return httpx.Client(base_url=BASE, verify=ctx)
