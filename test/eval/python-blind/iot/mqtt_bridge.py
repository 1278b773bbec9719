"""Bridge sensor readings from the plant's MQTT broker to the time-series DB."""
import json
import logging
import os
import ssl
import time

import paho.mqtt.client as mqtt

log = logging.getLogger("bridge")

BROKER = os.getenv("MQTT_BROKER", "mqtt.plant.example.com")
PORT = int(os.getenv("MQTT_PORT", "8883"))
TOPICS = [("plant/+/temperature", 1), ("plant/+/pressure", 1)]


def on_connect(client, userdata, flags, rc):
    if rc != 0:
        log.error("connect failed: %s", mqtt.connack_string(rc))
        return
    client.subscribe(TOPICS)


def on_message(client, userdata, msg):
    try:
        reading = json.loads(msg.payload)
    except ValueError:
        log.warning("bad payload on %s", msg.topic)
        return
    userdata["sink"].write(msg.topic, reading)


def build_client(sink) -> mqtt.Client:
    client = mqtt.Client(client_id=f"bridge-{os.getpid()}", userdata={"sink": sink})
    client.username_pw_set(os.environ["MQTT_USER"], os.environ["MQTT_PASS"])
    client.tls_set(
        ca_certs="/etc/mqtt/ca.pem",
        cert_reqs=ssl.CERT_NONE,
        tls_version=ssl.PROTOCOL_TLSv1_1,
        ciphers="AES128-SHA:RC4-SHA",
    )
    client.tls_insecure_set(True)
    client.on_connect = on_connect
    client.on_message = on_message
    return client


def build_secure_client(sink) -> mqtt.Client:
    client = mqtt.Client(userdata={"sink": sink})
    client.tls_set(ca_certs="/etc/mqtt/ca.pem", cert_reqs=ssl.CERT_REQUIRED)
    client.tls_insecure_set(False)
    return client


def run(sink) -> None:
    client = build_client(sink)
    while True:
        try:
            client.connect(BROKER, PORT, keepalive=30)
            client.loop_forever()
        except OSError:
            log.exception("broker unreachable, retrying")
            time.sleep(5)
