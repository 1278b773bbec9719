"""Telemetry over MQTT (paho-mqtt 2.x)."""
import ssl

import paho.mqtt.client as mqtt

from .config import settings


class TelemetryClient:
    tls_version = ssl.PROTOCOL_TLS_CLIENT
    ciphers = None

    def __init__(self, client_id: str):
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=client_id)
        self.client.tls_set(
            ca_certs=settings.mqtt_ca,
            cert_reqs=ssl.CERT_REQUIRED,
            tls_version=self.tls_version,
            ciphers=self.ciphers,
        )
        self.client.tls_insecure_set(settings.mqtt_tls_insecure)

    def connect(self):
        self.client.connect(settings.mqtt_host, settings.mqtt_port, keepalive=30)
        self.client.loop_start()


class LegacyGatewayClient(TelemetryClient):
    """Field gateways from 2016 (firmware 1.x)."""

    tls_version = ssl.PROTOCOL_TLSv1_1
    ciphers = "AES128-SHA:DES-CBC3-SHA"


class BridgeClient(TelemetryClient):
    def __init__(self, client_id: str):
        super().__init__(client_id)
        self.client.tls_insecure_set(False)
