import ssl
import threading

import websocket

CA = "/etc/telemetry/upstream-ca.pem"

SSLOPT = {
    "cert_reqs": ssl.CERT_NONE,
    "check_hostname": False,
}


def stream_events(url, on_message):
    ws = websocket.WebSocketApp(url, on_message=on_message)
    t = threading.Thread(target=ws.run_forever, kwargs={"sslopt": SSLOPT, "ping_interval": 30}, daemon=True)
    t.start()
    return ws


def control_channel(url):
    return websocket.create_connection(
        url,
        sslopt={
            "ca_certs": CA,
            "check_hostname": False,
        },
    )


def metrics_channel(url):
    return websocket.create_connection(
        url,
        sslopt={
            "ca_certs": CA,
            "ssl_version": ssl.PROTOCOL_TLSv1,
        },
    )


def audit_channel(url):
    return websocket.create_connection(url, sslopt={"ca_certs": CA, "cert_reqs": ssl.CERT_REQUIRED})
