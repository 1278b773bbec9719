"""Bridge PLC readings to the central MQTT broker."""
import logging
import ssl

import paho.mqtt.client as mqtt

from iot import settings

log = logging.getLogger("iot.mqtt")


class SecureBridge:
    tls_version = ssl.PROTOCOL_TLS_CLIENT
    ciphers = None
    broker = settings.MQTT_BROKER

    def __init__(self, client_id):
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=client_id)
        self.client.username_pw_set(settings.MQTT_USER, settings.MQTT_PASSWORD)

    def connect(self):
        self.client.tls_set(ca_certs=settings.MQTT_CA, tls_version=self.tls_version, ciphers=self.ciphers)
        self.client.connect(self.broker, settings.MQTT_PORT, keepalive=30)
        self.client.loop_start()

    def publish(self, topic, payload):
        return self.client.publish(topic, payload, qos=1)


class LegacyGatewayBridge(SecureBridge):
    """The Siemens gateways in hall 3 only speak TLS 1.1."""
    tls_version = ssl.PROTOCOL_TLSv1_1
    broker = "gw-hall3.plant.example.com"


class ModernBridge(SecureBridge):
    ciphers = "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384"


def lab_client():
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="lab-bench")
    client.tls_set(cert_reqs=ssl.CERT_NONE)
    client.tls_insecure_set(True)
    client.connect("mqtt-lab.plant.example.com", 8883)
    return client


def vendor_client():
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="vendor-uplink")
    client.tls_set(ca_certs=settings.MQTT_CA, cert_reqs=ssl.CERT_REQUIRED)
    client.tls_insecure_set(True)
    client.connect("uplink.vendor-cloud.example.net", 8883)
    return client


def plant_client():
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="plant")
    client.tls_set(ca_certs=settings.MQTT_CA, cert_reqs=ssl.CERT_REQUIRED, ciphers="ECDHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA")
    client.tls_insecure_set(False)
    client.connect(settings.MQTT_BROKER, settings.MQTT_PORT)
    return client
