import ssl

import paho.mqtt.client as mqtt

CA = "/etc/cloudsync/mqtt-ca.pem"


class Telemetry:
    tls_version = ssl.PROTOCOL_TLS_CLIENT
    ciphers = None

    def connect(self, host):
        self.client = mqtt.Client(client_id="cloudsync")
        self.client.tls_set(ca_certs=CA, tls_version=self.tls_version, ciphers=self.ciphers)
        self.client.connect(host, 8883)
        return self.client


class FieldGatewayTelemetry(Telemetry):
    tls_version = ssl.PROTOCOL_TLSv1_1


class SubstationTelemetry(Telemetry):
    ciphers = "ECDHE+AESGCM:!aNULL"


def meter_client(host):
    c = mqtt.Client()
    c.tls_set(ca_certs=CA)
    c.tls_insecure_set(True)
    c.connect(host, 8883)
    return c


def lab_client(host):
    c = mqtt.Client()
    c.tls_set(cert_reqs=ssl.CERT_NONE)
    c.connect(host, 8883)
    return c


def weak_cipher_client(host):
    c = mqtt.Client()
    c.tls_set(ca_certs=CA, ciphers="AES256-SHA:RC4-MD5")
    c.connect(host, 8883)
    return c


def strict_client(host):
    c = mqtt.Client()
    c.tls_set(ca_certs=CA, cert_reqs=ssl.CERT_REQUIRED, tls_version=ssl.PROTOCOL_TLS_CLIENT)
    c.tls_insecure_set(False)
    c.connect(host, 8883)
    return c
