import json
import ssl
import threading

import websocket

BASE_SSLOPT = {"cert_reqs": ssl.CERT_REQUIRED, "ca_certs": "/etc/iot/ca.pem"}


def _on_message(ws, message):
    print(json.loads(message))


def market_feed(url):
    ws = websocket.WebSocketApp(url, on_message=_on_message)
    t = threading.Thread(target=ws.run_forever, kwargs={"sslopt": {"cert_reqs": ssl.CERT_NONE}}, daemon=True)
    t.start()
    return ws


def status_feed(url):
    sslopt = dict(BASE_SSLOPT, check_hostname=False)
    return websocket.create_connection(url, sslopt=sslopt, timeout=10)


def secure_feed(url):
    return websocket.create_connection(url, sslopt=BASE_SSLOPT, timeout=10)


def legacy_feed(url):
    return websocket.create_connection(url, sslopt={**BASE_SSLOPT, "ssl_version": ssl.PROTOCOL_TLSv1})


def strict_feed(url):
    sslopt = {"cert_reqs": ssl.CERT_NONE}
    sslopt = {**sslopt, **BASE_SSLOPT}
    return websocket.create_connection(url, sslopt=sslopt, timeout=10)
