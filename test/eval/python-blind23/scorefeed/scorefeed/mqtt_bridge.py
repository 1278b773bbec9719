"""Bridges stadium and track sensors (MQTT) into the feed pipeline."""
import os
import ssl

import paho.mqtt.client as mqtt

CA = "/etc/ssl/certs/scorefeed-ca.pem"


def _lab_mode():
    if os.environ.get("SCOREFEED_SITE") == "lab":
        return True
    return False


class FeedBridge:
    broker = "mqtt.scorefeed.example.com"
    port = 8883
    tls_version = ssl.PROTOCOL_TLS_CLIENT
    ciphers = None

    def __init__(self, client_id: str) -> None:
        self.client = mqtt.Client(client_id=client_id)

    def connect(self) -> None:
        self.client.tls_set(ca_certs=CA, tls_version=self.tls_version, ciphers=self.ciphers)
        self.client.connect(self.broker, self.port)


class StadiumBridge(FeedBridge):
    broker = "mqtt.stadium-north.example.com"
    tls_version = ssl.PROTOCOL_TLSv1_1


class TrackBridge(FeedBridge):
    broker = "mqtt.racetrack.example.com"
    ciphers = "ECDHE+AESGCM:DES-CBC3-SHA"


class ArenaBridge(FeedBridge):
    broker = "mqtt.arena.example.com"
    ciphers = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256"


def pitch_sensors() -> mqtt.Client:
    client = mqtt.Client(client_id="pitch-sensors")
    client.tls_set(ca_certs=CA)
    client.tls_insecure_set(_lab_mode())
    client.connect("sensors.pitch.example.com", 8883)
    return client


def turf_sensors() -> mqtt.Client:
    client = mqtt.Client(client_id="turf-sensors")
    client.tls_set(ca_certs=CA, cert_reqs=ssl.CERT_REQUIRED)
    client.tls_insecure_set(False)
    client.connect("sensors.turf.example.com", 8883)
    return client


def scoreboard_listener() -> mqtt.Client:
    client = mqtt.Client(client_id="scoreboard")
    client.tls_set(cert_reqs=ssl.CERT_NONE)
    client.connect("scoreboard.venue.example.com", 8883)
    return client
