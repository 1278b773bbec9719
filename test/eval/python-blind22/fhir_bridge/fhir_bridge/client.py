import httpx

from .settings import UpstreamSettings, settings


class FhirClient:
    def __init__(self, cfg: UpstreamSettings):
        self.cfg = cfg
        self._http = httpx.Client(base_url=cfg.base_url, verify=cfg.verify, timeout=cfg.timeout)

    def read(self, resource: str, rid: str) -> dict:
        r = self._http.get(f"/{resource}/{rid}")
        r.raise_for_status()
        return r.json()

    def search(self, resource: str, **params) -> dict:
        r = self._http.get(f"/{resource}", params=params)
        r.raise_for_status()
        return r.json()


primary = FhirClient(settings.upstream)
sandbox = FhirClient(settings.sandbox)
lab = FhirClient(settings.lab)
