import json
import logging
import ssl
import threading

import websocket

log = logging.getLogger(__name__)
CA = "/etc/ssl/certs/exchange-ca.pem"


def _on_message(ws, message):
    log.debug("tick %s", json.loads(message).get("symbol"))


def run_ticker(url: str) -> None:
    ws = websocket.WebSocketApp(url, on_message=_on_message)
    ws.run_forever(sslopt={"cert_reqs": ssl.CERT_NONE}, ping_interval=30)


def quotes(url: str):
    ws = websocket.create_connection(url, sslopt={"ca_certs": CA, "check_hostname": False})
    try:
        return json.loads(ws.recv())
    finally:
        ws.close()


def depth(url: str):
    ws = websocket.create_connection(url, sslopt={"ca_certs": CA, "cert_reqs": ssl.CERT_REQUIRED})
    try:
        return json.loads(ws.recv())
    finally:
        ws.close()


def start_trades(url: str) -> threading.Thread:
    ws = websocket.WebSocketApp(url, on_message=_on_message)
    t = threading.Thread(target=ws.run_forever, kwargs={"sslopt": {"cert_reqs": ssl.CERT_NONE}}, daemon=True)
    t.start()
    return t
