import ssl
from unittest import mock

from iot import mqtt_bridge


def test_legacy_bridge_uses_tls11():
    assert mqtt_bridge.LegacyGatewayBridge.tls_version == ssl.PROTOCOL_TLSv1_1


@mock.patch("paho.mqtt.client.Client")
def test_lab_client_connects(client_cls):
    mqtt_bridge.lab_client()
    client_cls.return_value.connect.assert_called_once()


def test_against_mosquitto_container():
    import paho.mqtt.client as mqtt

    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="it")
    client.tls_set(cert_reqs=ssl.CERT_NONE)
    client.connect("mosquitto-it.ci.example.com", 8883)
    client.disconnect()
