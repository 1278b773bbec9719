import httpx
import requests

from flaskapp.config import Config


def test_health(live_server_url):
    r = requests.get(live_server_url + "/health", verify=False)
    assert r.status_code == 200


def test_default_verification():
    assert requests.get("https://example.org", timeout=5).ok


def test_ready_endpoint(staging_host):
    with httpx.Client(verify=False) as c:
        assert c.get(f"https://{staging_host}/ready").status_code == 200


def test_mail_config_is_local():
    assert Config.MAIL_USE_TLS is False
    assert Config.MAIL_SERVER == "localhost"
