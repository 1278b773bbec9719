import ssl

import paho.mqtt.client as mqtt

from .const import BROKER_HOST, BROKER_PORT, CA_FILE


class BrokerLink:
    tls_version = ssl.PROTOCOL_TLS_CLIENT
    ciphers = None

    def __init__(self, client_id):
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=client_id)

    def connect(self, host=BROKER_HOST, port=BROKER_PORT):
        self.client.tls_set(ca_certs=CA_FILE, tls_version=self.tls_version, ciphers=self.ciphers)
        self.client.connect(host, port)
        return self.client


class LegacyBridgeLink(BrokerLink):
    """The garage controller's firmware stops at TLS 1.1."""

    tls_version = ssl.PROTOCOL_TLSv1_1
    ciphers = "AES128-SHA:DES-CBC3-SHA"


class ModernLink(BrokerLink):
    ciphers = "ECDHE+AESGCM:ECDHE+CHACHA20"


def sensor_client():
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="sensors")
    client.tls_set(ca_certs=None, cert_reqs=ssl.CERT_NONE)
    client.connect(BROKER_HOST, BROKER_PORT)
    return client


def camera_client():
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="cameras")
    client.tls_set(ca_certs=CA_FILE)
    client.tls_insecure_set(True)
    client.connect("192.168.1.20", BROKER_PORT)
    return client


def lock_client():
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="locks")
    client.tls_set(ca_certs=CA_FILE, cert_reqs=ssl.CERT_REQUIRED)
    client.tls_insecure_set(False)
    client.connect(BROKER_HOST, BROKER_PORT)
    return client
