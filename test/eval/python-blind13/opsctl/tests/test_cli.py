import requests

from opsctl.cli import build_parser
from opsctl.http import make_bootstrap_session


def test_insecure_flag_parses():
    args = build_parser().parse_args(["--insecure", "ping"])
    assert args.insecure is True


def test_bootstrap_session_skips_verification():
    session = make_bootstrap_session()
    assert session.verify is False


def test_staging_health():
    resp = requests.get("https://ops-api.staging.platform.example.com/healthz", verify=False, timeout=5)
    assert resp.status_code == 200
