import pytest

from riskweb.app import app
from riskweb.clients.vendors import BloombergBridge


@pytest.fixture
def client():
    app.config["TESTING"] = True
    app.config["PRICING_CA"] = "/etc/risk/ca.pem"
    return app.test_client()


def test_bridge_pins_ca():
    assert BloombergBridge.verify_ssl.endswith(".pem")


def test_config_tls():
    from riskweb.config import BaseConfig
    assert BaseConfig.MAIL_USE_TLS is True
