import httpx

from core.container import Container
from core.settings import AppSettings


def test_http_client_uses_bundle():
    c = Container(AppSettings())
    assert isinstance(c.http, httpx.Client)


def test_geo_override():
    s = AppSettings(geo_api_verify=True)
    assert Container(s).geo is not None


def test_staging_audit_reachable():
    with httpx.Client(verify=False) as client:
        assert client.get("https://audit.staging.example.com/health").status_code == 200
