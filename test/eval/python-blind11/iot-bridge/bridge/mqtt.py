import logging
import ssl

import paho.mqtt.client as mqtt

from .devices import DeviceProfile

log = logging.getLogger(__name__)


class BrokerLink:
    tls_version = ssl.PROTOCOL_TLS_CLIENT
    ciphers = None

    def __init__(self, profile: DeviceProfile, client_id="bridge"):
        self.profile = profile
        self.client = mqtt.Client(client_id=client_id, clean_session=False)
        self.client.on_connect = self._on_connect

    def _on_connect(self, client, userdata, flags, rc):
        log.info("connected to %s rc=%s", self.profile.host, rc)

    def connect(self):
        self.client.tls_set(ca_certs=self.profile.ca_certs, tls_version=self.tls_version, ciphers=self.ciphers)
        self.client.connect(self.profile.host, self.profile.port, keepalive=30)
        self.client.loop_start()


class LegacyGatewayLink(BrokerLink):
    """Gateways from the 2016 rollout; firmware cannot be updated remotely."""

    tls_version = ssl.PROTOCOL_TLSv1_1
    ciphers = "ECDHE+AESGCM:DES-CBC3-SHA"


def lab_client(host):
    client = mqtt.Client()
    client.tls_set(ca_certs="/etc/bridge/lab-ca.pem")
    client.tls_insecure_set(True)
    client.connect(host, 8883)
    return client


def sensor_client(host):
    client = mqtt.Client()
    client.tls_set(cert_reqs=ssl.CERT_NONE)
    client.connect(host, 8883)
    return client


def secure_client(host, certfile, keyfile):
    client = mqtt.Client()
    client.tls_set(
        ca_certs="/etc/bridge/ca.pem",
        certfile=certfile,
        keyfile=keyfile,
        cert_reqs=ssl.CERT_REQUIRED,
        tls_version=ssl.PROTOCOL_TLS_CLIENT,
    )
    client.tls_insecure_set(False)
    client.connect(host, 8883)
    return client


def local_client():
    client = mqtt.Client()
    client.connect("localhost", 1883)
    return client
