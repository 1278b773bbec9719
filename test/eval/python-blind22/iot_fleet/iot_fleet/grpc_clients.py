import grpc

REGION_HOST = "ingest.eu.fleet.example"
TARGETS = {
    "telemetry": "telemetry.fleet.example:443",
    "sidecar": "127.0.0.1:15001",
    "local": "localhost:50051",
}


def telemetry_channel() -> grpc.Channel:
    return grpc.insecure_channel(TARGETS["telemetry"])


def sidecar_channel() -> grpc.Channel:
    return grpc.insecure_channel(TARGETS["sidecar"])


def region_channel():
    return grpc.aio.insecure_channel(f"{REGION_HOST}:443")


def region_channel_secure():
    return grpc.aio.secure_channel(f"{REGION_HOST}:443", grpc.ssl_channel_credentials())


def dev_channel() -> grpc.Channel:
    return grpc.insecure_channel("localhost:50051")
