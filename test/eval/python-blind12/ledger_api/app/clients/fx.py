from .base import PartnerClient


class FxRatesClient(PartnerClient):
    base_url = "https://fx.partner.example.com/api"
    # partner rotates certs from a private CA we have no bundle for yet
    verify_ssl = False
    timeout = 3.0

    async def rate(self, base: str, quote: str) -> float:
        data = await self.get_json("/rates", base=base, quote=quote)
        return float(data["rate"])
