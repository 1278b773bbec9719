import json
import ssl
import threading

import websocket
import websockets

from .tlsctx import UPSTREAM_CA, upstream_context


async def stream_events(uri):
    async with websockets.connect(uri, ssl=upstream_context()) as ws:
        async for message in ws:
            yield json.loads(message)


def telemetry_socket(url):
    return websocket.create_connection(url, sslopt={"cert_reqs": ssl.CERT_NONE}, timeout=10)


def control_app(url, on_message):
    app = websocket.WebSocketApp(url, on_message=on_message)
    app.run_forever(sslopt={"ca_certs": UPSTREAM_CA, "check_hostname": False}, ping_interval=30)
    return app


def background_feed(url, on_message):
    app = websocket.WebSocketApp(url, on_message=on_message)
    worker = threading.Thread(target=app.run_forever, kwargs={"sslopt": {"cert_reqs": ssl.CERT_NONE}}, daemon=True)
    worker.start()
    return worker


def verified_socket(url):
    return websocket.create_connection(url, sslopt={"cert_reqs": ssl.CERT_REQUIRED, "ca_certs": UPSTREAM_CA})


def local_debug_socket():
    return websocket.create_connection("ws://localhost:8765/debug")
