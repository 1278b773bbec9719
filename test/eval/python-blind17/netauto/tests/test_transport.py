import requests

from netauto.transport import DeviceSession, LabSession


def test_default_session_verifies():
    s = DeviceSession("https://fw1.lab.example.net")
    assert s.verify is True


def test_lab_session_is_relaxed():
    s = LabSession("https://fw1.lab.example.net")
    assert s.verify is False


def test_live_fw(live_session, device):
    r = live_session.get(f"https://{device.host}/api/v2/monitor/system/status", timeout=5)
    assert r.status_code in (200, 401)


def test_staging_banner():
    r = requests.get("https://fw-staging.lab.example.net/login", verify=False, timeout=5)
    assert "FortiGate" in r.text
