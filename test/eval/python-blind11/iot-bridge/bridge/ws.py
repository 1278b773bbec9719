import ssl
import threading

import websocket

CA = "/etc/bridge/ca.pem"


def stream(url, on_message):
    app = websocket.WebSocketApp(url, on_message=on_message)
    worker = threading.Thread(
        target=app.run_forever,
        kwargs={"sslopt": {"cert_reqs": ssl.CERT_NONE}, "ping_interval": 30},
        daemon=True,
    )
    worker.start()
    return app


def telemetry(url):
    return websocket.create_connection(url, sslopt={"ca_certs": CA, "check_hostname": False}, timeout=10)


def control(url):
    return websocket.create_connection(url, sslopt={"ca_certs": CA, "cert_reqs": ssl.CERT_REQUIRED}, timeout=10)


def legacy_panel(url):
    return websocket.create_connection(url, sslopt={"ca_certs": CA, "ssl_version": ssl.PROTOCOL_TLSv1}, timeout=10)


def local_debug():
    return websocket.create_connection("ws://127.0.0.1:9001/debug", timeout=2)
