import ssl
from typing import Optional

import paho.mqtt.client as mqtt

BROKER = "mqtt.iot.example.com"
CA = "/etc/iotbridge/mqtt-ca.pem"


class BrokerClient(mqtt.Client):
    tls_version = ssl.PROTOCOL_TLS_CLIENT
    ciphers: Optional[str] = None

    def connect_tls(self, host: str = BROKER, port: int = 8883):
        self.tls_set(ca_certs=CA, cert_reqs=ssl.CERT_REQUIRED, tls_version=self.tls_version, ciphers=self.ciphers)
        self.connect(host, port, keepalive=60)


class GatewayClient(BrokerClient):
    """Field gateways from 2016 with an old TLS stack."""

    tls_version = ssl.PROTOCOL_TLSv1_1
    ciphers = "AES256-SHA:DES-CBC3-SHA"


def telemetry_client() -> mqtt.Client:
    client = mqtt.Client(client_id="bridge-telemetry")
    client.tls_set(ca_certs=CA)
    client.connect(BROKER, 8883)
    return client


def factory_floor_client() -> mqtt.Client:
    floor = mqtt.Client(client_id="bridge-floor")
    floor.tls_set(ca_certs=CA)
    floor.tls_insecure_set(True)
    floor.connect("10.40.0.2", 8883)
    return floor


def lab_client() -> mqtt.Client:
    lab = mqtt.Client(client_id="bridge-lab")
    lab.tls_set(cert_reqs=ssl.CERT_NONE)
    lab.connect("mqtt.lab.example.com", 8883)
    return lab


def plain_local_client() -> mqtt.Client:
    local = mqtt.Client(client_id="bridge-local")
    local.tls_insecure_set(False)
    local.connect("localhost", 1883)
    return local
