import httpx


class PartnerClient:
    """Base for outbound partner APIs; subclasses set base_url and may tune TLS."""

    base_url: str = ""
    verify_ssl = True
    timeout = 10.0

    def __init__(self, token: str):
        self._token = token
        self._client = self._make_client()

    def _make_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {self._token}"},
            verify=self.verify_ssl,
            timeout=self.timeout,
        )

    async def get_json(self, path: str, **params):
        resp = await self._client.get(path, params=params)
        resp.raise_for_status()
        return resp.json()

    async def aclose(self):
        await self._client.aclose()
