import ssl

import paho.mqtt.client as mqtt

FLEET_CA = "/etc/hub/fleet-ca.pem"


class DeviceLink:
    """MQTT link to one site broker."""

    tls_version = ssl.PROTOCOL_TLS_CLIENT
    ciphers = None

    def __init__(self, site: str, host: str, port: int = 8883) -> None:
        self.site = site
        self.host = host
        self.port = port
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"hub-{site}")

    def connect(self) -> None:
        self.client.tls_set(
            ca_certs=FLEET_CA,
            certfile=f"/etc/hub/{self.site}.crt",
            keyfile=f"/etc/hub/{self.site}.key",
            cert_reqs=ssl.CERT_REQUIRED,
            tls_version=self.tls_version,
            ciphers=self.ciphers,
        )
        self.client.connect(self.host, self.port, keepalive=30)


class LegacySiteLink(DeviceLink):
    """Sites still on the Mosquitto 1.4 appliance."""

    tls_version = ssl.PROTOCOL_TLSv1_1


class ModernSiteLink(DeviceLink):
    ciphers = "ECDHE+AESGCM:ECDHE+CHACHA20"


def lab_client(host: str) -> mqtt.Client:
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="hub-lab")
    client.tls_set(ca_certs=FLEET_CA)
    client.tls_insecure_set(True)
    client.connect(host, 8883)
    return client


def cloud_client(endpoint: str) -> mqtt.Client:
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="hub-cloud")
    client.tls_set(ca_certs=FLEET_CA, certfile="/etc/hub/cloud.crt", keyfile="/etc/hub/cloud.key")
    client.tls_insecure_set(False)
    client.connect(endpoint, 8883)
    return client
