import ssl

import paho.mqtt.client as mqtt
import redis
import websocket


def mqtt_client():
    client = mqtt.Client(client_id="sensor-gw")
    client.tls_set(ca_certs="/etc/mqtt/ca.pem", tls_version=ssl.PROTOCOL_TLSv1_1)  # expect: no-legacy-tls-version
    client.connect("mqtt.example.com", 8883)
    return client


def cache():
    return redis.Redis(
        host="cache.example.com",
        port=6380,
        ssl=True,
        ssl_ca_certs="/etc/redis/ca.pem",
        ssl_min_version=ssl.TLSVersion.TLSv1,  # expect: no-legacy-tls-version
    )


def feed():
    return websocket.create_connection(
        "wss://feed.example.com/stream",
        sslopt={"ca_certs": "/etc/feed/ca.pem", "ciphers": "ECDHE+AESGCM:RC4-SHA"},  # expect: no-weak-cipher
    )
