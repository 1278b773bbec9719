"""Collects metrics from every target."""
import logging
from dataclasses import dataclass

from requests import Session as HttpSession

from .adapters import LegacyPduAdapter, ModernDeviceAdapter
from .targets import Target, UpsTarget

log = logging.getLogger(__name__)


@dataclass
class ScrapeOptions:
    timeout: float = 5.0
    # PDUs ship with self-signed certificates.
    verify: bool = False
    retries: int = 2


class ScrapeSession(HttpSession):
    # Session.__init__ sets self.verify = True on every instance, so this class
    # attribute is shadowed and never used.
    verify = False

    def __init__(self):
        super().__init__()
        self.headers["User-Agent"] = "acme-exporter/0.9"
        self.mount("https://", ModernDeviceAdapter(max_retries=2))


class LegacyScrapeSession(HttpSession):
    def __init__(self):
        super().__init__()
        self.mount("https://", LegacyPduAdapter(max_retries=1))


class Collector:
    def __init__(self, targets, ups_targets, options=None):
        self.options = options or ScrapeOptions()
        self.targets = targets
        self.ups_targets = ups_targets
        self.session = ScrapeSession()
        self.legacy = LegacyScrapeSession()

    def scrape_pdu(self, target: Target) -> dict:
        session = self.legacy if target.kind == "legacy-pdu" else self.session
        resp = session.get(f"{target.url}/metrics.json", timeout=self.options.timeout, verify=self.options.verify)
        resp.raise_for_status()
        return resp.json()

    def scrape_ups(self, target: UpsTarget) -> dict:
        resp = self.session.get(f"{target.url}/status", timeout=5, verify=target.verify_tls)
        resp.raise_for_status()
        return resp.json()

    def collect(self):
        for target in self.targets:
            try:
                yield target.name, self.scrape_pdu(target)
            except Exception:  # noqa: BLE001
                log.exception("scrape of %s failed", target.name)
        for target in self.ups_targets:
            yield target.name, self.scrape_ups(target)
