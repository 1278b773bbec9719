import ssl
import threading

import websocket

CA = "/etc/iotbridge/ws-ca.pem"


def stream(url: str = "wss://stream.iot.example.com/v1/events"):
    ws = websocket.create_connection(url, sslopt={"ca_certs": CA, "cert_reqs": ssl.CERT_REQUIRED}, timeout=10)
    return ws.recv()


def stream_legacy(url: str = "wss://legacy-stream.iot.example.com/events"):
    ws = websocket.create_connection(url, sslopt={"cert_reqs": ssl.CERT_NONE})
    return ws.recv()


def stream_by_ip():
    ws = websocket.create_connection("wss://10.40.0.9/events", sslopt={"ca_certs": CA, "check_hostname": False})
    return ws.recv()


def on_message(ws, message):
    print(message)


def run_background(url: str = "wss://push.iot.example.com/ws") -> threading.Thread:
    app = websocket.WebSocketApp(url, on_message=on_message)
    t = threading.Thread(target=app.run_forever, kwargs={"sslopt": {"cert_reqs": ssl.CERT_NONE}}, daemon=True)
    t.start()
    return t


def run_verified(url: str = "wss://push.iot.example.com/ws"):
    app = websocket.WebSocketApp(url, on_message=on_message)
    app.run_forever(sslopt={"ca_certs": CA})
