import json
import ssl
import threading

import websocket

from .const import CA_PATH


def open_live_feed(host, token, on_sample):
    def _on_message(ws, message):
        on_sample(json.loads(message))

    ws = websocket.WebSocketApp(f"wss://{host}/ws/live", header=[f"Authorization: Bearer {token}"], on_message=_on_message)
    t = threading.Thread(target=ws.run_forever, kwargs={"sslopt": {"ca_certs": CA_PATH}}, daemon=True)
    t.start()
    return ws


def snapshot(host):
    ws = websocket.create_connection(f"wss://{host}/ws/snapshot", sslopt={"cert_reqs": ssl.CERT_NONE})
    try:
        return json.loads(ws.recv())
    finally:
        ws.close()


def snapshot_by_ip(ip):
    ws = websocket.create_connection(f"wss://{ip}/ws/snapshot", sslopt={"ca_certs": CA_PATH, "check_hostname": False})
    try:
        return json.loads(ws.recv())
    finally:
        ws.close()
