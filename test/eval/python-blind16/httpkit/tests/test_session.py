import requests

from httpkit.session import ServiceSession, StagingSession, make_session
from httpkit.config import ClientConfig


def test_ca_bundle_is_used(httpserver, ca):
    httpserver.expect_request("/ok").respond_with_data("ok")
    with ca.cert_pem.tempfile() as ca_path:
        resp = requests.get(httpserver.url_for("/ok"), verify=ca_path)
    assert resp.text == "ok"


def test_make_session_sets_bundle(tmp_path):
    cfg = ClientConfig(base_url="https://svc.example", ca_bundle=str(tmp_path / "ca.pem"))
    assert make_session(cfg).verify == str(tmp_path / "ca.pem")


def test_staging_session_is_unverified():
    assert StagingSession("https://staging.example").verify is False


def test_bank_gateway_reachable():
    resp = requests.get("https://gateway.bank.example/ping", verify=False, timeout=5)
    assert resp.status_code == 200


def test_service_session_default():
    s = ServiceSession("https://svc.example")
    assert s.verify is True
