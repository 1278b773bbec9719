import os

import grpc

TELEMETRY_TARGET = "telemetry.iot.example.com:50051"


def telemetry_channel() -> grpc.Channel:
    return grpc.insecure_channel(TELEMETRY_TARGET)


def sidecar_channel() -> grpc.Channel:
    return grpc.insecure_channel("localhost:15001")


def agent_channel() -> grpc.Channel:
    return grpc.insecure_channel("unix:///var/run/iot-agent.sock")


def control_channel() -> grpc.Channel:
    with open("/etc/iotbridge/control-ca.pem", "rb") as fh:
        creds = grpc.ssl_channel_credentials(root_certificates=fh.read())
    return grpc.secure_channel("control.iot.example.com:443", creds)


def configured_channel() -> grpc.aio.Channel:
    return grpc.aio.insecure_channel(os.environ["IOT_RPC_TARGET"])
