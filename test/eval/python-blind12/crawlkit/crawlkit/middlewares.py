import logging

import requests

from . import settings

logger = logging.getLogger(__name__)


class ApiEnrichMiddleware:
    def __init__(self):
        self.session = requests.Session()
        self.session.verify = False
        self.session.verify = settings.PRICE_API_VERIFY

    def process_response(self, request, response, spider):
        sku = response.meta.get("sku")
        if not sku:
            return response
        r = self.session.get(f"{settings.PRICE_API}/sku/{sku}", timeout=5)
        if r.ok:
            response.meta["price"] = r.json().get("price")
        return response


class GeoMiddleware:
    request_opts = {"timeout": 3, "verify": False}

    def process_request(self, request, spider):
        ip = request.meta.get("proxy_ip")
        if ip:
            geo = requests.get("https://geo.partner.example.com/lookup", params={"ip": ip}, **self.request_opts)
            request.meta["country"] = geo.json().get("country")
        return None
