import grpc

REGISTRY = "registry.iot.example.com"


def registry_channel():
    return grpc.insecure_channel(f"{REGISTRY}:50051")


def sidecar_channel():
    return grpc.insecure_channel("localhost:15001")


def agent_channel():
    return grpc.insecure_channel("unix:///run/bridge/agent.sock")


def secure_registry_channel():
    with open("/etc/bridge/ca.pem", "rb") as fh:
        creds = grpc.ssl_channel_credentials(root_certificates=fh.read())
    return grpc.secure_channel(f"{REGISTRY}:443", creds)


def telemetry_channel(target):
    return grpc.aio.insecure_channel(target)


def firmware_channel():
    return grpc.aio.insecure_channel("firmware.iot.example.com:443")
