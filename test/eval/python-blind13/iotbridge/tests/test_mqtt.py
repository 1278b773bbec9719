import ssl
from unittest import mock

from bridge.mqtt import Gen2GatewayLink, strict_client


@mock.patch("bridge.mqtt.mqtt.Client")
def test_strict_client_keeps_hostname_check(client_cls):
    strict_client("t1")
    client_cls.return_value.tls_insecure_set.assert_called_once_with(False)


def test_broker_roundtrip(mosquitto):
    import paho.mqtt.client as mqtt

    client = mqtt.Client(client_id="it")
    client.tls_set(ca_certs=mosquitto.ca_path, cert_reqs=ssl.CERT_NONE)
    client.connect(mosquitto.host, mosquitto.port)


def test_gen2_protocol():
    assert Gen2GatewayLink.tls_version == ssl.PROTOCOL_TLS_CLIENT
