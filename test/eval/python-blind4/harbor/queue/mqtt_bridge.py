"""Bridges sensor MQTT topics into the event bus."""
import ssl

import paho.mqtt.client as mqtt

SENSOR_BROKER = "mqtt.sensors.harbor.example"


class SensorBridge:
    tls_version = ssl.PROTOCOL_TLSv1

    def __init__(self, client_id):
        self.client = mqtt.Client(client_id=client_id)
        self.client.tls_set(
            ca_certs="/etc/harbor/mqtt-ca.pem",
            tls_version=self.tls_version,
        )

    def allow_ip_brokers(self):
        # The field gateways are addressed by IP and their certificates carry names.
        self.client.tls_insecure_set(True)

    def start(self):
        self.client.connect(SENSOR_BROKER, 8883)
        self.client.loop_start()


def diagnostics_client():
    c = mqtt.Client(client_id="diag")
    c.tls_set(ca_certs="/etc/harbor/mqtt-ca.pem", cert_reqs=ssl.CERT_REQUIRED, ciphers="ECDHE+AESGCM")
    c.tls_insecure_set(False)
    return c
