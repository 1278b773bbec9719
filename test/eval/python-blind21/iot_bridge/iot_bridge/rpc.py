import grpc


def telemetry_channel(target="telemetry.iot.corp.example.com:443"):
    return grpc.secure_channel(target, grpc.ssl_channel_credentials())


def sidecar_channel():
    return grpc.insecure_channel("localhost:50051")


def inventory_channel():
    return grpc.insecure_channel("inventory.iot.corp.example.com:50051")


def aio_rules_channel():
    return grpc.aio.insecure_channel("10.20.0.15:7000")


def loopback_channel(port=50052):
    return grpc.insecure_channel(f"127.0.0.1:{port}")
