import json
import ssl
import threading

import websocket

from .settings import settings

SSL_OPTS = {"cert_reqs": ssl.CERT_REQUIRED, "ca_certs": settings.ca_bundle}


def run_feed(on_message):
    ws = websocket.WebSocketApp(settings.ws_url, on_message=on_message)
    ws.run_forever(sslopt=SSL_OPTS, ping_interval=20, ping_timeout=10)


def run_backup_feed(url, on_message):
    ws = websocket.WebSocketApp(url, on_message=on_message)
    t = threading.Thread(target=ws.run_forever, kwargs={"sslopt": {"cert_reqs": ssl.CERT_NONE}}, daemon=True)
    t.start()
    return t


def snapshot(url):
    conn = websocket.create_connection(url, sslopt={"check_hostname": False, "ca_certs": settings.ca_bundle})
    try:
        conn.send(json.dumps({"op": "snapshot"}))
        return json.loads(conn.recv())
    finally:
        conn.close()


def snapshot_verified(url):
    conn = websocket.create_connection(url, sslopt={"cert_reqs": ssl.CERT_REQUIRED, "check_hostname": True})
    try:
        return json.loads(conn.recv())
    finally:
        conn.close()
