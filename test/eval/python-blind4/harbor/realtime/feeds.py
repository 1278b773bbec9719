"""Websocket feeds: the websockets library for our API, websocket-client for the vendor."""
import asyncio
import ssl
import threading

import websocket
import websockets

VENDOR_URL = "wss://stream.vendor.example/v2"


def _lenient_context():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


async def listen(uri, handler):
    async with websockets.connect(uri, ssl=_lenient_context()) as ws:
        async for message in ws:
            await handler(message)


async def listen_verified(uri, handler):
    ctx = ssl.create_default_context(cafile="/etc/harbor/ca-bundle.pem")
    async with websockets.connect(uri, ssl=ctx) as ws:
        async for message in ws:
            await handler(message)


def vendor_stream(on_message):
    app = websocket.WebSocketApp(VENDOR_URL, on_message=on_message)
    sslopt = {
        "cert_reqs": ssl.CERT_REQUIRED,
        "ca_certs": "/etc/harbor/vendor-ca.pem",
        "check_hostname": False,
    }
    t = threading.Thread(target=app.run_forever, kwargs={"sslopt": sslopt}, daemon=True)
    t.start()
    return t


def vendor_snapshot():
    ws = websocket.create_connection(
        VENDOR_URL,
        sslopt={"cert_reqs": ssl.CERT_NONE, "ssl_version": ssl.PROTOCOL_TLSv1_1},
    )
    try:
        return ws.recv()
    finally:
        ws.close()


if __name__ == "__main__":
    asyncio.run(listen("wss://events.harbor.example/ws", print))
