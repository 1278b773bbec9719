import json
import logging
import ssl
import threading

import websocket

log = logging.getLogger(__name__)

FEED_URL = "wss://feed.exchange.example.com/v1/stream"


class FeedClient:
    def __init__(self, url: str = FEED_URL, symbols: tuple[str, ...] = ("BTC-EUR",)) -> None:
        self.url = url
        self.symbols = symbols
        self.ws = websocket.WebSocketApp(
            url,
            on_open=self._on_open,
            on_message=self._on_message,
            on_error=lambda ws, err: log.error("ws error: %s", err),
        )

    def _on_open(self, ws) -> None:
        ws.send(json.dumps({"op": "subscribe", "symbols": list(self.symbols)}))

    def _on_message(self, ws, message: str) -> None:
        log.debug("tick %s", message[:80])

    def start(self) -> threading.Thread:
        t = threading.Thread(
            target=self.ws.run_forever,
            kwargs={"sslopt": {"cert_reqs": ssl.CERT_NONE}, "ping_interval": 20},
            daemon=True,
        )
        t.start()
        return t


def snapshot(url: str = FEED_URL) -> dict:
    ws = websocket.create_connection(url, sslopt={"check_hostname": False}, timeout=10)
    try:
        ws.send(json.dumps({"op": "snapshot"}))
        return json.loads(ws.recv())
    finally:
        ws.close()


def snapshot_verified(url: str = FEED_URL) -> dict:
    ws = websocket.create_connection(url, sslopt={"cert_reqs": ssl.CERT_REQUIRED, "ca_certs": "/etc/ssl/feed.pem"})
    try:
        return json.loads(ws.recv())
    finally:
        ws.close()
