import os

import grpc

TELEMETRY_CA = "/etc/hub/telemetry-ca.pem"


def telemetry_channel() -> grpc.Channel:
    with open(TELEMETRY_CA, "rb") as fh:
        creds = grpc.ssl_channel_credentials(root_certificates=fh.read())
    return grpc.secure_channel("telemetry.iot.example.com:443", creds)


def rules_engine_channel() -> grpc.Channel:
    return grpc.insecure_channel("rules-engine.iot.example.com:50051")


def sidecar_channel() -> grpc.Channel:
    return grpc.insecure_channel("localhost:15001")


def configured_channel() -> grpc.Channel:
    return grpc.insecure_channel(os.environ["HUB_RPC_TARGET"])


async def aio_channel() -> grpc.aio.Channel:
    return grpc.aio.insecure_channel("device-shadow.iot.example.com:50051")
