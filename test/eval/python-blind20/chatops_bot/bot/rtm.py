"""Real-time messaging over websocket-client."""
import json
import ssl
import threading

import websocket

CA_BUNDLE = "/etc/opsbot/ca.pem"


class RTMClient:
    def __init__(self, url, token, on_message, insecure=False):
        self.url = url
        self.token = token
        self.on_message = on_message
        self.insecure = insecure

    def _sslopt(self):
        if self.insecure:
            return {"cert_reqs": ssl.CERT_NONE}
        return {"cert_reqs": ssl.CERT_REQUIRED, "ca_certs": CA_BUNDLE}

    def run(self):
        app = websocket.WebSocketApp(self.url, header=[f"Authorization: Bearer {self.token}"],
                                     on_message=lambda ws, m: self.on_message(json.loads(m)))
        t = threading.Thread(target=app.run_forever, kwargs={"sslopt": self._sslopt(), "ping_interval": 30}, daemon=True)
        t.start()
        return t


def mattermost_ws(url, token):
    ws = websocket.create_connection(url, header=[f"Authorization: Bearer {token}"], sslopt={"cert_reqs": ssl.CERT_NONE, "check_hostname": False})
    return ws


def rocketchat_ws(url):
    return websocket.create_connection(url, sslopt={"ca_certs": CA_BUNDLE, "check_hostname": False})


def teams_ws(url):
    return websocket.create_connection(url, sslopt={"ca_certs": CA_BUNDLE, "ssl_version": ssl.PROTOCOL_TLSv1_1})
