"""MQTT and websocket telemetry from quay cranes."""
import ssl
import threading

import paho.mqtt.client as mqtt
import websocket

BROKER = "mqtt.quay.harbor.example.net"


def mqtt_client():
    client = mqtt.Client(client_id="harbor-telemetry")
    client.tls_set(
        ca_certs="/etc/harbor/mqtt-ca.pem",
        cert_reqs=ssl.CERT_NONE,
        tls_version=ssl.PROTOCOL_TLSv1,
    )
    client.connect(BROKER, 8883)
    return client


def mqtt_client_ip(ip):
    client = mqtt.Client()
    client.tls_set(ca_certs="/etc/harbor/mqtt-ca.pem")
    client.tls_insecure_set(True)
    client.connect(ip, 8883)
    return client


def crane_stream(url):
    ws = websocket.WebSocketApp(url, on_message=lambda w, m: print(m))
    sslopt = {"cert_reqs": ssl.CERT_REQUIRED, "check_hostname": False, "ca_certs": "/etc/harbor/ws-ca.pem"}
    t = threading.Thread(target=ws.run_forever, kwargs={"sslopt": sslopt})
    t.start()
    return ws


def crane_stream_insecure(url):
    return websocket.create_connection(url, sslopt={"cert_reqs": ssl.CERT_NONE})


def crane_stream_verified(url):
    return websocket.create_connection(url, sslopt={"cert_reqs": ssl.CERT_REQUIRED, "ca_certs": "/etc/harbor/ws-ca.pem"})
