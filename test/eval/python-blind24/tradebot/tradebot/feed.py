import json
import ssl
import threading

import websocket

FEED_URL = "wss://stream.venue.example.com/ws"


def on_message(ws, message):
    tick = json.loads(message)
    print(tick.get("s"), tick.get("p"))


def start_feed():
    ws = websocket.WebSocketApp(FEED_URL, on_message=on_message)
    ws.run_forever(sslopt={"cert_reqs": ssl.CERT_NONE}, ping_interval=20)


def start_backup_feed():
    ws = websocket.WebSocketApp("wss://backup.venue.example.com/ws", on_message=on_message)
    opts = {"ca_certs": "/etc/ssl/certs/ca-certificates.crt", "check_hostname": False}
    t = threading.Thread(target=ws.run_forever, kwargs={"sslopt": opts}, daemon=True)
    t.start()
    return t


def start_pinned_feed():
    ws = websocket.WebSocketApp(FEED_URL, on_message=on_message)
    ws.run_forever(sslopt={"cert_reqs": ssl.CERT_REQUIRED, "ca_certs": "/etc/ssl/venue-ca.pem"})


def describe(sslopt):
    if sslopt.get("cert_reqs") == ssl.CERT_NONE:
        return "unverified"
    return "verified"
