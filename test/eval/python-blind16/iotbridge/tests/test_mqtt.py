import ssl

from iotbridge.mqtt import BrokerClient, GatewayClient


def test_default_tls_version():
    assert BrokerClient.tls_version == ssl.PROTOCOL_TLS_CLIENT


def test_gateway_is_legacy():
    assert GatewayClient.tls_version == ssl.PROTOCOL_TLSv1_1
