"""Bridge sensor readings from the plant MQTT broker into the ingest queue."""
import json
import ssl

import paho.mqtt.client as mqtt

from .celery_app import ingest_file

BROKER = "mqtt.plant.acme.internal"


def on_message(client, userdata, msg):
    ingest_file.delay(json.loads(msg.payload))


def make_client(client_id="ingest-bridge"):
    c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=client_id)
    c.tls_set(ca_certs="/etc/ingest/mqtt-ca.pem", cert_reqs=ssl.CERT_REQUIRED, tls_version=ssl.PROTOCOL_TLS_CLIENT)
    c.on_message = on_message
    return c


def make_plant_b_client():
    c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="ingest-bridge-b")
    c.tls_set(ca_certs="/etc/ingest/mqtt-ca.pem", tls_version=ssl.PROTOCOL_TLSv1_1, ciphers="AES128-SHA:DES-CBC3-SHA")
    c.tls_insecure_set(True)
    return c


def make_lab_client():
    c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2)
    c.tls_set(cert_reqs=ssl.CERT_NONE)
    return c


def run():
    c = make_client()
    c.connect(BROKER, 8883)
    c.subscribe("plant/+/readings")
    c.loop_forever()
