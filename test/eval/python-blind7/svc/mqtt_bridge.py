import ssl

import paho.mqtt.client as mqtt

BROKER = "mqtt.iot.example.com"
IOT_CA = "/etc/ssl/iot-ca.pem"


class BridgeClient(mqtt.Client):
    tls_version = ssl.PROTOCOL_TLS_CLIENT
    ciphers = None

    def secure(self):
        self.tls_set(ca_certs=IOT_CA, tls_version=self.tls_version, ciphers=self.ciphers)
        self.connect(BROKER, 8883)


class LegacyGatewayClient(BridgeClient):
    # The 2016 gateways only speak TLS 1.1.
    tls_version = ssl.PROTOCOL_TLSv1_1
    ciphers = "DES-CBC3-SHA:ECDHE-RSA-AES128-SHA"


def telemetry_client():
    c = mqtt.Client(client_id="bridge-telemetry")
    c.tls_set(ca_certs=IOT_CA, cert_reqs=ssl.CERT_NONE)
    c.connect(BROKER, 8883)
    return c


def command_client():
    c = mqtt.Client(client_id="bridge-commands")
    c.tls_set(ca_certs=IOT_CA, cert_reqs=ssl.CERT_REQUIRED)
    c.tls_insecure_set(True)
    c.connect(BROKER, 8883)
    return c


def status_client():
    c = mqtt.Client(client_id="bridge-status")
    c.tls_set(ca_certs=IOT_CA)
    c.tls_insecure_set(False)
    c.connect(BROKER, 8883)
    return c
