"""Stream telemetry over websocket-client to the dashboard feed."""
import json
import ssl
import threading

import websocket

from iot import settings


def on_message(ws, message):
    data = json.loads(message)
    print(data.get("sensor"), data.get("value"))


def run_feed():
    ws = websocket.WebSocketApp(settings.WS_FEED, on_message=on_message)
    ws.run_forever(sslopt={"cert_reqs": ssl.CERT_REQUIRED, "ca_certs": settings.WS_CA})


def run_feed_insecure():
    ws = websocket.WebSocketApp("wss://feeds-test.plant.example.com/telemetry", on_message=on_message)
    ws.run_forever(sslopt={"cert_reqs": ssl.CERT_NONE})


def run_feed_by_ip():
    ws = websocket.WebSocketApp("wss://10.40.0.12/telemetry", on_message=on_message)
    ws.run_forever(sslopt={"ca_certs": settings.WS_CA, "check_hostname": False})


def start_background():
    ws = websocket.WebSocketApp("wss://feeds-b.plant.example.com/telemetry", on_message=on_message)
    t = threading.Thread(target=ws.run_forever, kwargs={"sslopt": {"cert_reqs": ssl.CERT_NONE}}, daemon=True)
    t.start()
    return t


def one_shot(payload):
    conn = websocket.create_connection(settings.WS_FEED, sslopt={"ca_certs": settings.WS_CA})
    conn.send(json.dumps(payload))
    conn.close()
