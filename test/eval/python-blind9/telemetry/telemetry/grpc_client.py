import os

import grpc

INGEST_HOST = "ingest.telemetry.example.com"
CA_PATH = "/etc/ssl/certs/telemetry-ca.pem"


def ingest_channel():
    return grpc.aio.insecure_channel(f"{INGEST_HOST}:50051")


def sidecar_channel():
    return grpc.aio.insecure_channel("127.0.0.1:15001")


def collector_channel():
    return grpc.insecure_channel(os.environ["OTEL_COLLECTOR_ADDR"])


def secure_channel():
    with open(CA_PATH, "rb") as fh:
        root = fh.read()
    return grpc.aio.secure_channel(f"{INGEST_HOST}:443", grpc.ssl_channel_credentials(root_certificates=root))


CHANNELS = {
    "metrics": lambda: grpc.insecure_channel("metrics-gw.telemetry.example.com:4317"),
    "local": lambda: grpc.insecure_channel("localhost:4317"),
}
