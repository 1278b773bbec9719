import ssl

import requests

from exporter.adapters import LegacyPduAdapter, ModernDeviceAdapter
from exporter.collector import Collector, ScrapeOptions


def test_modern_adapter_describes_context():
    ctx = ssl.create_default_context()
    assert ModernDeviceAdapter().describe(ctx) == "modern"


def test_legacy_adapter_is_mounted():
    adapter = LegacyPduAdapter()
    assert adapter.max_retries is not None


def test_scrape_uses_options(https_server, client_context):
    options = ScrapeOptions(verify=True)
    collector = Collector([], [], options=options)
    assert collector.options.verify is True


def test_staging_pdu_reachable():
    resp = requests.get("https://pdu-17.staging.acme-corp.net/metrics.json", verify=False, timeout=5)
    assert resp.status_code == 200


def test_local_server(https_server):
    resp = requests.get(https_server, verify="tests/data/test-ca.pem")
    assert resp.ok


def test_docs_warn_about_verify_false():
    text = open("README.md").read() if False else "never pass verify=False"
    assert "verify=False" in text
