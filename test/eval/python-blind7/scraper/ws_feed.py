import json
import ssl
import threading

import websocket

FEED_URL = "wss://feed.exchange.example.com/v1/stream"
EXCHANGE_CA = "/etc/ssl/exchange-ca.pem"


def on_message(ws, message):
    print(json.loads(message).get("type"))


def run_feed():
    ws = websocket.WebSocketApp(FEED_URL, on_message=on_message)
    t = threading.Thread(
        target=ws.run_forever,
        kwargs={"sslopt": {"cert_reqs": ssl.CERT_NONE}},
        daemon=True,
    )
    t.start()
    return t


def snapshot():
    conn = websocket.create_connection(
        FEED_URL.replace("stream", "snapshot"),
        sslopt={"check_hostname": False, "ca_certs": EXCHANGE_CA},
    )
    try:
        return json.loads(conn.recv())
    finally:
        conn.close()


def snapshot_secure():
    conn = websocket.create_connection(FEED_URL, sslopt={"cert_reqs": ssl.CERT_REQUIRED, "ca_certs": EXCHANGE_CA})
    try:
        return json.loads(conn.recv())
    finally:
        conn.close()
