"""Market ticker consumer (websocket-client)."""
import json
import ssl
import threading

import websocket

FEED_URL = "wss://stream.quotes-vendor.com/v2/ticker"
BACKUP_URL = "wss://backup.quotes-vendor.com/v2/ticker"
VENDOR_CA = "/etc/ssl/certs/quotes-vendor-ca.pem"

SSLOPT_PRIMARY = {"ca_certs": VENDOR_CA, "cert_reqs": ssl.CERT_REQUIRED}

# The backup endpoint's certificate expired; the vendor "is working on it".
SSLOPT_BACKUP = {"cert_reqs": ssl.CERT_NONE, "check_hostname": False}


def on_message(ws, message):
    tick = json.loads(message)
    print(tick["symbol"], tick["price"])


def run_primary():
    ws = websocket.WebSocketApp(FEED_URL, on_message=on_message)
    ws.run_forever(sslopt=SSLOPT_PRIMARY, ping_interval=20)


def run_backup_in_thread():
    ws = websocket.WebSocketApp(BACKUP_URL, on_message=on_message)
    t = threading.Thread(target=ws.run_forever, kwargs={"sslopt": SSLOPT_BACKUP}, daemon=True)
    t.start()
    return t


def snapshot():
    conn = websocket.create_connection(
        "wss://legacy-snapshots.quotes-vendor.com/v1",
        sslopt={"ca_certs": VENDOR_CA, "ssl_version": ssl.PROTOCOL_TLSv1_1, "ciphers": "AES256-SHA:NULL-SHA256"},
    )
    try:
        return json.loads(conn.recv())
    finally:
        conn.close()
