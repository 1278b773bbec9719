"""MQTT bridge for the warehouse sensors."""
import ssl

import paho.mqtt.client as mqtt

BROKER = "mqtt.sensors.example.com"
CA_FILE = "/etc/sensors/ca.pem"
LEGACY_CIPHERS = "AES256-SHA:DES-CBC3-SHA:EXP-RC4-MD5"


class SensorBridge:
    def __init__(self, client_id, legacy_gateway=False):
        self.client = mqtt.Client(client_id=client_id)
        self.cert_reqs = ssl.CERT_REQUIRED
        self.tls_version = ssl.PROTOCOL_TLS_CLIENT
        self.ciphers = None
        if legacy_gateway:
            self.tls_version = ssl.PROTOCOL_TLSv1
            self.ciphers = LEGACY_CIPHERS

    def start(self):
        self.client.tls_set(
            ca_certs=CA_FILE,
            cert_reqs=self.cert_reqs,
            tls_version=self.tls_version,
            ciphers=self.ciphers,
        )
        self.client.connect(BROKER, 8883)
        self.client.loop_start()


class DockBridge:
    """Dock scanners talk to the broker by IP; the cert names the DNS name."""

    def __init__(self):
        self.client = mqtt.Client()
        self.client.tls_set(ca_certs=CA_FILE, cert_reqs=ssl.CERT_REQUIRED)
        self.client.tls_insecure_set(True)

    def start(self, ip):
        self.client.connect(ip, 8883)


def lab_bridge():
    c = mqtt.Client()
    c.tls_set(CA_FILE, cert_reqs=ssl.CERT_NONE)
    c.connect("mqtt-lab.sensors.example.com", 8883)
    return c
