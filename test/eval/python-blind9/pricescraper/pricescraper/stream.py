import ssl
import threading

import certifi
import websocket

SSLOPT = {"cert_reqs": ssl.CERT_REQUIRED, "ca_certs": certifi.where()}


def ticker(url, on_message):
    ws = websocket.WebSocketApp(url, on_message=on_message)
    thread = threading.Thread(target=ws.run_forever, kwargs={"sslopt": {"cert_reqs": ssl.CERT_NONE}}, daemon=True)
    thread.start()
    return thread


def quotes(url):
    return websocket.create_connection(url, sslopt={"check_hostname": False, "ca_certs": certifi.where()})


def trades(url):
    return websocket.create_connection(url, sslopt=SSLOPT, timeout=10)


def tape(url):
    ws = websocket.WebSocket(sslopt={"ssl_version": ssl.PROTOCOL_TLSv1_1, "ca_certs": certifi.where()})
    ws.connect(url)
    return ws
