import ssl

import paho.mqtt.client as mqtt

from . import MQTTSettings


def connect(settings: MQTTSettings) -> mqtt.Client:
    client = mqtt.Client(client_id="telemetry")
    client.tls_set(ca_certs=settings.ca_certs, tls_version=settings.tls_version)
    client.tls_insecure_set(settings.insecure)
    client.connect(settings.host, settings.port)
    return client


class TelemetryMQTT:
    tls_version = ssl.PROTOCOL_TLS_CLIENT
    ciphers = None

    def __init__(self, host):
        self.host = host
        self.client = mqtt.Client()

    def start(self):
        self.client.tls_set(ca_certs="/etc/ssl/certs/mqtt-ca.pem", tls_version=self.tls_version, ciphers=self.ciphers)
        self.client.connect(self.host, 8883)
        self.client.loop_start()


class LegacyMeterMQTT(TelemetryMQTT):
    tls_version = ssl.PROTOCOL_TLSv1
    ciphers = "DES-CBC3-SHA:AES128-SHA"


class ModernMQTT(TelemetryMQTT):
    ciphers = "ECDHE+AESGCM:ECDHE+CHACHA20"


def connect_bridge(host):
    client = mqtt.Client()
    client.tls_set(cert_reqs=ssl.CERT_NONE)
    client.connect(host, 8883)
    return client


def connect_lab(host):
    client = mqtt.Client()
    client.tls_set(ca_certs="/etc/ssl/certs/lab-ca.pem")
    client.tls_insecure_set(True)
    client.connect(host, 8883)
    return client
