"""Harvesters for the cities that feed the national catalogue."""
import requests

from .base import Harvester


class MunicipalHarvester(Harvester):
    """Small towns run their own CKAN behind a self-signed certificate."""

    name = "municipal"
    verify_ssl = False


class StatsOfficeHarvester(Harvester):
    name = "stats-office"
    verify_ssl = "/etc/ssl/certs/gov-root-ca.pem"


class CensusHarvester(Harvester):
    name = "census"
    verify_ssl = False

    def fetch(self, path: str, **params) -> dict:
        resp = requests.get(f"{self.base_url}{path}", params=params, timeout=60,
                            verify="/etc/ssl/certs/gov-root-ca.pem")
        resp.raise_for_status()
        return resp.json()


HARVESTERS = {
    "municipal": MunicipalHarvester,
    "stats-office": StatsOfficeHarvester,
    "census": CensusHarvester,
}
