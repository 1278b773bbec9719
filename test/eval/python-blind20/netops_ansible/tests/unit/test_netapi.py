import ssl
from unittest import mock

import pytest
import requests

from plugins.module_utils.netapi import LegacyApplianceAdapter, NetApi


@pytest.fixture
def module():
    m = mock.Mock()
    m.params = {"host": "fw1.lab", "validate_certs": True, "ca_path": None, "legacy_tls": False, "api_token": "t"}
    return m


def test_session_verifies_by_default(module):
    api = NetApi(module)
    assert api.session.verify is True


def test_legacy_adapter_context():
    adapter = LegacyApplianceAdapter()
    ctx = adapter.poolmanager.connection_pool_kw["ssl_context"]
    assert ctx.verify_mode == ssl.CERT_NONE


def test_live_lab_health():
    r = requests.get("https://fw1.lab.acme.net/api/v2/health", verify=False, timeout=5)
    assert r.status_code == 200
