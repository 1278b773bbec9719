import ssl

from bridge.devices import PROFILES
from bridge.mqtt import BrokerLink, LegacyGatewayLink


def test_legacy_link_pins_tls11():
    assert LegacyGatewayLink.tls_version == ssl.PROTOCOL_TLSv1_1
    assert BrokerLink.tls_version == ssl.PROTOCOL_TLS_CLIENT


def test_profiles():
    assert PROFILES["meter-v1"].port == 8883
