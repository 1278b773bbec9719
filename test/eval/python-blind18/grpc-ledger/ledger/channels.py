import os
from pathlib import Path

import grpc

CA_PATH = Path(os.environ.get("LEDGER_CA", "/etc/ssl/certs/ledger-ca.pem"))
LEDGER_TARGET = os.environ.get("LEDGER_TARGET", "ledger.payments.example.com:443")
_OPTIONS = [("grpc.keepalive_time_ms", 30_000), ("grpc.max_receive_message_length", 16 * 1024 * 1024)]


def ledger_channel() -> grpc.Channel:
    creds = grpc.ssl_channel_credentials(root_certificates=CA_PATH.read_bytes())
    return grpc.secure_channel(LEDGER_TARGET, creds, options=_OPTIONS)


def audit_channel() -> grpc.Channel:
    return grpc.insecure_channel("audit.payments.example.com:50051", options=_OPTIONS)


def sidecar_channel() -> grpc.Channel:
    return grpc.insecure_channel("127.0.0.1:15001")


def envoy_admin_channel() -> grpc.aio.Channel:
    return grpc.aio.insecure_channel("localhost:9901")


def risk_channel() -> grpc.aio.Channel:
    return grpc.aio.insecure_channel("risk-scoring.internal.example.com:8980")


def channel_for(target: str) -> grpc.Channel:
    return grpc.insecure_channel(target)
