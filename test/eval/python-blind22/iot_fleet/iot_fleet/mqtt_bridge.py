import ssl

import paho.mqtt.client as mqtt


class TelemetryClient(mqtt.Client):
    ca_certs = "/etc/iot/ca.pem"
    tls_version = ssl.PROTOCOL_TLS_CLIENT
    cert_reqs = ssl.CERT_REQUIRED

    def secure(self):
        self.tls_set(ca_certs=self.ca_certs, cert_reqs=self.cert_reqs, tls_version=self.tls_version)
        return self


class LegacyGatewayClient(TelemetryClient):
    """Cellular gateways still on the 2016 firmware."""

    tls_version = ssl.PROTOCOL_TLSv1_1
    cert_reqs = ssl.CERT_NONE


class FieldUnitClient(TelemetryClient):
    cert_reqs = ssl.CERT_OPTIONAL


class ColdRoomClient(TelemetryClient):
    cert_reqs = ssl.CERT_NONE

    def secure(self):
        self.tls_set(ca_certs=self.ca_certs, cert_reqs=ssl.CERT_REQUIRED)
        return self


def connect(kind: str, host: str):
    cls = {"gateway": LegacyGatewayClient, "field": FieldUnitClient, "cold": ColdRoomClient}.get(kind, TelemetryClient)
    client = cls(client_id=f"fleet-{kind}").secure()
    client.connect(host, 8883)
    return client
