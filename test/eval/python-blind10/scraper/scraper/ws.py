"""Live price feed over websockets."""
import json
import ssl
import threading

import websocket

FEED_URL = "wss://feed.supplier.example.com/prices"


def _on_message(ws, message):
    print(json.loads(message))


def start_feed():
    app = websocket.WebSocketApp(FEED_URL, on_message=_on_message)
    t = threading.Thread(
        target=app.run_forever,
        kwargs={"sslopt": {"cert_reqs": ssl.CERT_NONE}, "ping_interval": 30},
        daemon=True,
    )
    t.start()
    return t


def snapshot():
    ws = websocket.create_connection(
        "wss://snapshot.supplier.example.com/v1",
        sslopt={"ca_certs": "/etc/scraper/supplier-ca.pem", "check_hostname": False},
    )
    try:
        ws.send(json.dumps({"op": "snapshot"}))
        return json.loads(ws.recv())
    finally:
        ws.close()


def heartbeat():
    ws = websocket.create_connection(
        "wss://status.supplier.example.com/ws",
        sslopt={"cert_reqs": ssl.CERT_REQUIRED, "ca_certs": "/etc/scraper/supplier-ca.pem"},
    )
    ws.close()
