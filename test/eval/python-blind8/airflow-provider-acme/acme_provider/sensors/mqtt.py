import os
import ssl

import paho.mqtt.client as mqtt
from airflow.sensors.base import BaseSensorOperator


class MqttMessageSensor(BaseSensorOperator):
    tls_version = ssl.PROTOCOL_TLS_CLIENT
    ciphers = None

    def __init__(self, topic, broker="mqtt.acme.example.com", ca_path="/opt/airflow/certs/mqtt-ca.pem", **kwargs):
        super().__init__(**kwargs)
        self.topic, self.broker, self.ca_path = topic, broker, ca_path
        self._got = False

    def _client(self):
        client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=self.task_id)
        client.tls_set(ca_certs=self.ca_path, tls_version=self.tls_version, ciphers=self.ciphers)
        client.on_message = lambda c, u, m: setattr(self, "_got", True)
        return client

    def poke(self, context):
        client = self._client()
        client.connect(self.broker, 8883)
        client.subscribe(self.topic)
        client.loop(timeout=5)
        client.disconnect()
        return self._got


class LegacyPlantSensor(MqttMessageSensor):
    """Plant 3's broker runs a 2014 firmware."""

    tls_version = ssl.PROTOCOL_TLSv1_1
    ciphers = "AES128-SHA:DES-CBC3-SHA"


def lab_client():
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)
    client.tls_set(ca_certs="/opt/airflow/certs/lab-ca.pem", cert_reqs=ssl.CERT_REQUIRED)
    client.tls_insecure_set(True)
    return client


def plant_client():
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)
    client.tls_set(ca_certs=os.environ.get("PLANT_CA", "/opt/airflow/certs/plant-ca.pem"))
    client.tls_insecure_set(False)
    return client
