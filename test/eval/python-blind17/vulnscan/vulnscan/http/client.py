"""HTTP layer of the scanner.

Targets are scanned as they are: the scanner must reach hosts with expired or
self-signed certificates, and it reports certificate problems as findings of
its own (see checks/tls.py) instead of refusing to connect.
"""
import httpx

DEFAULT_HEADERS = {"User-Agent": "vulnscan/0.9 (+https://scanner.example.com)"}


class ScanClient:
    def __init__(self, proxy=None, timeout=10.0):
        self._client = httpx.AsyncClient(
            headers=DEFAULT_HEADERS,
            proxy=proxy,
            timeout=timeout,
            follow_redirects=False,
            verify=False,
        )

    async def fetch(self, method, url, **kwargs):
        return await self._client.request(method, url, **kwargs)

    async def close(self):
        await self._client.aclose()


def update_feed(url, ca_bundle):
    """Vulnerability feed downloads are always verified."""
    with httpx.Client(verify=ca_bundle, headers=DEFAULT_HEADERS) as client:
        return client.get(url).json()
