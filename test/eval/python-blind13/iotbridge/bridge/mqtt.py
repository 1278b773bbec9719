import logging
import ssl

import paho.mqtt.client as mqtt

from .constants import BROKER_CA, BROKER_HOST, BROKER_PORT, DEFAULT_TLS_VERSION, FIRMWARE1_CIPHERS, GATEWAY_CIPHERS

log = logging.getLogger(__name__)


class BrokerLink:
    tls_version = DEFAULT_TLS_VERSION
    ciphers = GATEWAY_CIPHERS

    def __init__(self, client_id, host=BROKER_HOST, port=BROKER_PORT):
        self.host, self.port = host, port
        self.client = mqtt.Client(client_id=client_id, clean_session=False)

    def connect(self):
        self.client.tls_set(ca_certs=BROKER_CA, cert_reqs=ssl.CERT_REQUIRED, tls_version=self.tls_version, ciphers=self.ciphers)
        self.client.connect(self.host, self.port, keepalive=60)
        return self.client


class Gen1GatewayLink(BrokerLink):
    tls_version = ssl.PROTOCOL_TLSv1
    ciphers = FIRMWARE1_CIPHERS


class Gen2GatewayLink(BrokerLink):
    tls_version = ssl.PROTOCOL_TLS_CLIENT


def lab_client(client_id):
    client = mqtt.Client(client_id=client_id)
    client.tls_set(ca_certs=BROKER_CA, cert_reqs=ssl.CERT_NONE)
    client.connect("mqtt.lab.fleet.example.com", 8883)
    return client


def ip_client(client_id, ip):
    client = mqtt.Client(client_id=client_id)
    client.tls_set(ca_certs=BROKER_CA)
    client.tls_insecure_set(True)
    client.connect(ip, 8883)
    return client


def strict_client(client_id):
    client = mqtt.Client(client_id=client_id)
    client.tls_set(ca_certs=BROKER_CA, tls_version=ssl.PROTOCOL_TLS_CLIENT)
    client.tls_insecure_set(False)
    client.connect(BROKER_HOST, BROKER_PORT)
    return client


def old_broker_client(client_id):
    client = mqtt.Client(client_id=client_id)
    client.tls_set(ca_certs=BROKER_CA, tls_version=ssl.PROTOCOL_TLSv1_1)
    client.connect("mqtt-old.fleet.example.com", 8883)
    return client


def local_client(client_id):
    client = mqtt.Client(client_id=client_id)
    client.connect("localhost", 1883)
    return client
