import ssl
import threading

import websocket

SSLOPT_BASE = {"cert_reqs": ssl.CERT_REQUIRED, "ca_certs": "/etc/iot/ca.pem"}
SSLOPT_DEVICE_LAB = {**SSLOPT_BASE, "check_hostname": False}
SSLOPT_STRICT = {**SSLOPT_DEVICE_LAB, "check_hostname": True}


def stream(url: str, on_message, lab: bool = False) -> threading.Thread:
    ws = websocket.WebSocketApp(url, on_message=on_message)
    opts = SSLOPT_DEVICE_LAB if lab else SSLOPT_STRICT
    t = threading.Thread(target=ws.run_forever, kwargs={"sslopt": opts}, daemon=True)
    t.start()
    return t


def one_shot(url: str, payload: str) -> str:
    ws = websocket.create_connection(url, sslopt=dict(SSLOPT_BASE, cert_reqs=ssl.CERT_NONE))
    ws.send(payload)
    return ws.recv()


def one_shot_strict(url: str, payload: str) -> str:
    ws = websocket.create_connection(url, sslopt=dict(SSLOPT_BASE))
    ws.send(payload)
    return ws.recv()
