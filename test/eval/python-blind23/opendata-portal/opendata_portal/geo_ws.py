"""Live sensor feeds (air quality, traffic counters) over websockets."""
import json
import ssl
import threading

import websocket

AIR_QUALITY = "wss://sensors.airquality.example.gov/stream"
TRAFFIC = "wss://counters.traffic.example.gov/live"


def read_air_quality(limit: int = 100) -> list:
    ws = websocket.create_connection(AIR_QUALITY, sslopt={"cert_reqs": ssl.CERT_NONE}, timeout=20)
    try:
        return [json.loads(ws.recv()) for _ in range(limit)]
    finally:
        ws.close()


def start_traffic_listener(on_message) -> threading.Thread:
    app = websocket.WebSocketApp(TRAFFIC, on_message=on_message)
    worker = threading.Thread(
        target=app.run_forever,
        kwargs={"sslopt": {"ca_certs": "/etc/ssl/certs/gov-root-ca.pem", "check_hostname": False}},
        daemon=True,
    )
    worker.start()
    return worker
