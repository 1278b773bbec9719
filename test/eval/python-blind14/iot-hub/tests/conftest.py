import paho.mqtt.client as mqtt
import pytest


@pytest.fixture
def mosquitto_client():
    # dockerised mosquitto with a throwaway certificate for "mosquitto"
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="pytest")
    client.tls_set(ca_certs="tests/data/mosquitto-ca.pem")
    client.tls_insecure_set(True)
    client.connect("127.0.0.1", 8883)
    yield client
    client.disconnect()
