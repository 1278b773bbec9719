import os
import ssl

import paho.mqtt.client as mqtt

CA = "/etc/ssl/certs/iot-ca.pem"


def fleet_client() -> mqtt.Client:
    client = mqtt.Client(client_id="streamhub-fleet", protocol=mqtt.MQTTv311)
    client.tls_set(ca_certs=CA, cert_reqs=ssl.CERT_REQUIRED, tls_version=ssl.PROTOCOL_TLS_CLIENT)
    client.tls_insecure_set(False)
    client.username_pw_set("fleet", os.environ.get("MQTT_PASSWORD"))
    client.connect("mqtt.iot.example.com", 8883)
    return client


def telemetry_client() -> mqtt.Client:
    client = mqtt.Client(client_id="streamhub-telemetry")
    client.tls_set(ca_certs=CA, tls_version=ssl.PROTOCOL_TLSv1_1)
    client.connect("telemetry.iot.example.com", 8883)
    return client


def edge_client(host: str) -> mqtt.Client:
    client = mqtt.Client(client_id="streamhub-edge")
    client.tls_set(ca_certs=CA)
    client.tls_insecure_set(True)
    client.connect(host, 8883)
    return client


def gateway_client() -> mqtt.Client:
    client = mqtt.Client(client_id="streamhub-gw")
    client.tls_set(ca_certs=CA, ciphers="AES128-SHA:DES-CBC3-SHA")
    client.connect("gw.iot.example.com", 8883)
    return client
