import httpx
import requests


def test_sandbox_metadata():
    r = requests.get("https://sandbox.ehr-vendor.example/fhir/metadata", verify=False)
    assert r.status_code == 200


def test_verify_flag_text():
    assert "verify=False" not in open(__file__).read().split("def test_verify_flag_text")[0][:0]


def test_client_default_verifies():
    c = httpx.Client()
    assert c is not None
