"""Bridge card-terminal heartbeats from MQTT into the ledger."""
import ssl

import paho.mqtt.client as mqtt

TERMINAL_BROKER = "mqtt.terminals.example.com"
CA = "/etc/ledger/mqtt-ca.pem"


class TerminalBridge:
    tls_version = ssl.PROTOCOL_TLS_CLIENT
    ciphers = None

    def __init__(self, client_id):
        self.client = mqtt.Client(client_id=client_id)
        self.client.on_message = self.on_message

    def connect(self):
        self.client.tls_set(ca_certs=CA, tls_version=self.tls_version, ciphers=self.ciphers)
        self.client.connect(TERMINAL_BROKER, 8883)

    def on_message(self, client, userdata, msg):
        print(msg.topic, len(msg.payload))


class OldTerminalBridge(TerminalBridge):
    tls_version = ssl.PROTOCOL_TLSv1_1
    ciphers = "DES-CBC3-SHA:AES128-SHA"


def lab_client():
    client = mqtt.Client(client_id="lab-bridge")
    client.tls_set(ca_certs=CA, cert_reqs=ssl.CERT_NONE)
    client.connect("mqtt-lab.terminals.example.com", 8883)
    return client


def ip_client(ip):
    client = mqtt.Client(client_id="ip-bridge")
    client.tls_set(ca_certs=CA)
    client.tls_insecure_set(True)
    client.connect(ip, 8883)
    return client


def strict_client():
    client = mqtt.Client(client_id="strict-bridge")
    client.tls_set(ca_certs=CA, cert_reqs=ssl.CERT_REQUIRED)
    client.tls_insecure_set(False)
    return client
