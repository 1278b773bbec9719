import ssl

import paho.mqtt.client as mqtt

from .const import CA_PATH, MQTT_PORT_TLS


class GatewayLink:
    tls_version = ssl.PROTOCOL_TLS_CLIENT
    ciphers = None

    def __init__(self, host, user, password):
        self.host = host
        self._client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"hass-{host}")
        self._client.username_pw_set(user, password)

    def connect(self):
        self._client.tls_set(ca_certs=CA_PATH, cert_reqs=ssl.CERT_REQUIRED, tls_version=self.tls_version, ciphers=self.ciphers)
        self._client.connect(self.host, MQTT_PORT_TLS)
        self._client.loop_start()


class LegacyGatewayLink(GatewayLink):
    """Firmware < 3.2."""

    tls_version = ssl.PROTOCOL_TLSv1_1


class LanGatewayLink(GatewayLink):
    def connect(self):
        self._client.tls_set(ca_certs=CA_PATH)
        self._client.tls_insecure_set(True)
        self._client.connect(self.host, MQTT_PORT_TLS)
        self._client.loop_start()


def cloud_link(user, password):
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)
    client.username_pw_set(user, password)
    client.tls_set(ca_certs=CA_PATH)
    client.tls_insecure_set(False)
    client.connect("mqtt.solarbridge.example.com", MQTT_PORT_TLS)
    return client


def installer_link(host):
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)
    client.tls_set(cert_reqs=ssl.CERT_NONE)
    client.connect(host, MQTT_PORT_TLS)
    return client
