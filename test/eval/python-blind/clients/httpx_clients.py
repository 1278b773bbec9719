import ssl
from typing import Optional

import certifi
import httpx

INTERNAL_CA = "/etc/pki/internal-ca.pem"


def make_internal_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def make_pinned_context(cafile: str = INTERNAL_CA) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class InventoryAPI:
    def __init__(self, base_url: str, token: str, ca: Optional[str] = None) -> None:
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {token}"},
            verify=ca or certifi.where(),
            timeout=httpx.Timeout(10.0, connect=3.0),
        )

    def items(self) -> list[dict]:
        return self._client.get("/items").json()

    def close(self) -> None:
        self._client.close()


class WarehouseAPI:
    """Talks to the warehouse appliance, whose certificate is issued for an old name."""

    def __init__(self, base_url: str) -> None:
        self._client = httpx.AsyncClient(base_url=base_url, verify=make_internal_context())

    async def stock(self, sku: str) -> int:
        r = await self._client.get(f"/stock/{sku}")
        r.raise_for_status()
        return int(r.json()["qty"])

    async def aclose(self) -> None:
        await self._client.aclose()


async def fetch_status(url: str) -> int:
    async with httpx.AsyncClient(verify=False, http2=True) as client:
        r = await client.get(url)
        return r.status_code


def quick_get(url: str) -> str:
    return httpx.get(url, verify=make_pinned_context(), follow_redirects=True).text


def stream_export(url: str, path: str) -> None:
    with httpx.stream("GET", url, verify=False, timeout=None) as r:
        with open(path, "wb") as f:
            for chunk in r.iter_bytes():
                f.write(chunk)


transport = httpx.HTTPTransport(retries=3, verify=INTERNAL_CA)
internal = httpx.Client(transport=transport)
