import json
import ssl
import threading

import paho.mqtt.client as mqtt
import websocket


def mqtt_client(client_id: str) -> mqtt.Client:
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=client_id)
    client.tls_set(ca_certs="/etc/fleetctl/mqtt-ca.pem", cert_reqs=ssl.CERT_REQUIRED, tls_version=ssl.PROTOCOL_TLS_CLIENT)
    client.username_pw_set("fleet", "fleet-secret")
    client.connect("mqtt.fleet.example.com", 8883)
    return client


def mqtt_edge_client(client_id: str, gateway: str) -> mqtt.Client:
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=client_id)
    client.tls_set(ca_certs="/etc/fleetctl/edge-ca.pem")
    client.tls_insecure_set(True)
    client.connect(gateway, 8883)
    return client


def mqtt_legacy(client_id: str) -> mqtt.Client:
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=client_id)
    client.tls_set(cert_reqs=ssl.CERT_NONE, tls_version=ssl.PROTOCOL_TLSv1, ciphers="RC4-SHA:AES128-SHA")
    client.connect("legacy-mqtt.fleet.example.com", 8883)
    return client


def stream_events(url: str, on_message):
    ws = websocket.WebSocketApp(url, on_message=lambda _ws, m: on_message(json.loads(m)))
    t = threading.Thread(
        target=ws.run_forever,
        kwargs={"sslopt": {"cert_reqs": ssl.CERT_NONE}},
        daemon=True,
    )
    t.start()
    return ws


def console(url: str):
    return websocket.create_connection(url, sslopt={"ca_certs": "/etc/fleetctl/ws-ca.pem", "check_hostname": False})


def console_verified(url: str):
    return websocket.create_connection(url, sslopt={"ca_certs": "/etc/fleetctl/ws-ca.pem", "cert_reqs": ssl.CERT_REQUIRED})
