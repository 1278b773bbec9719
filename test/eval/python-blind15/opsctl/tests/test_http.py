import requests
import responses

from opsctl import http


@responses.activate
def test_fetch_inventory_parses_json():
    responses.get("https://cmdb.corp.example.com/api/hosts", json=[{"name": "web01"}])
    assert http.fetch_inventory_safe() == [{"name": "web01"}]


def test_staging_smoke():
    resp = requests.get("https://staging.corp.example.com/healthz", verify=False, timeout=5)
    assert resp.status_code == 200


def test_session_defaults():
    s = http.grafana_session("t")
    assert s.verify == http.CORP_CA
    assert s.verify is not False
