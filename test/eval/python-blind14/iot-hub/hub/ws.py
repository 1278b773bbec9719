import json
import ssl
import threading

import websocket

WS_CA = "/etc/hub/ws-ca.pem"


def on_message(ws, message):
    print(json.loads(message))


def stream_site(url: str) -> threading.Thread:
    ws = websocket.WebSocketApp(url, on_message=on_message)
    t = threading.Thread(target=ws.run_forever, kwargs={"sslopt": {"ca_certs": WS_CA}, "ping_interval": 20})
    t.daemon = True
    t.start()
    return t


def stream_vendor_feed() -> None:
    ws = websocket.WebSocketApp("wss://feed.sensor-vendor.example.com/v1/stream", on_message=on_message)
    ws.run_forever(sslopt={"cert_reqs": ssl.CERT_NONE}, ping_interval=30)


def control_channel(url: str) -> websocket.WebSocket:
    return websocket.create_connection(url, sslopt={"ca_certs": WS_CA, "check_hostname": False}, timeout=10)
