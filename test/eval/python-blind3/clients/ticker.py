import ssl
import threading

import websocket

FEED_URL = "wss://ticker.exchange.example.com/stream"


class TickerFeed:
    def __init__(self, symbols):
        self.symbols = symbols
        self.sslopt = {
            "cert_reqs": ssl.CERT_NONE,
            "check_hostname": False,
        }
        self.app = websocket.WebSocketApp(FEED_URL, on_message=self.on_message)

    def on_message(self, ws, message):
        print(message)

    def run(self):
        t = threading.Thread(target=self.app.run_forever, kwargs={"sslopt": self.sslopt})
        t.daemon = True
        t.start()


def backup_feed():
    ws = websocket.create_connection(
        "wss://10.20.0.15/stream",
        sslopt={"ca_certs": "/etc/ssl/certs/exchange-ca.pem", "check_hostname": False},
    )
    return ws


def verified_feed():
    return websocket.create_connection(
        FEED_URL,
        sslopt={"cert_reqs": ssl.CERT_REQUIRED, "ca_certs": "/etc/ssl/certs/exchange-ca.pem"},
    )
