import ssl

import paho.mqtt.client as mqtt


class TelemetryClient:
    tls_version = ssl.PROTOCOL_TLS_CLIENT
    ciphers = None
    ca_certs = "/etc/iot/ca.pem"

    def __init__(self, client_id, host, port=8883):
        self.client = mqtt.Client(client_id=client_id)
        self.client.tls_set(ca_certs=self.ca_certs, tls_version=self.tls_version, ciphers=self.ciphers)
        self.host, self.port = host, port

    def start(self):
        self.client.connect(self.host, self.port)
        self.client.loop_start()


class LegacyGatewayClient(TelemetryClient):
    tls_version = ssl.PROTOCOL_TLSv1_1


class FieldUnitClient(TelemetryClient):
    ciphers = "AES128-SHA:RC4-SHA"


class ModernFieldUnitClient(TelemetryClient):
    ciphers = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256"


GATEWAYS = {
    "legacy": LegacyGatewayClient("gw-legacy", "mqtt-legacy.iot.corp.example.com"),
    "field": FieldUnitClient("field", "mqtt-field.iot.corp.example.com"),
    "field-v2": ModernFieldUnitClient("field-v2", "mqtt-field.iot.corp.example.com"),
}


def lab_client(client_id):
    c = mqtt.Client(client_id=client_id)
    c.tls_set(ca_certs="/etc/iot/lab-ca.pem")
    c.tls_insecure_set(True)
    c.connect("mqtt.lab.iot.corp.example.com", 8883)
    return c


def bench_client(client_id):
    c = mqtt.Client(client_id=client_id)
    c.tls_set(cert_reqs=ssl.CERT_NONE)
    c.connect("mqtt-bench.iot.corp.example.com", 8883)
    return c


def strict_client(client_id):
    c = mqtt.Client(client_id=client_id)
    c.tls_set(ca_certs="/etc/iot/ca.pem", cert_reqs=ssl.CERT_REQUIRED)
    c.tls_insecure_set(False)
    c.connect("mqtt.iot.corp.example.com", 8883)
    return c
