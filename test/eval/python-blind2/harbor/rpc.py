"""gRPC stubs for the berth-planning service."""
import grpc

BERTH_HOST = "berth-planner.prod.harbor.example.net"
BERTH_PORT = 50051


def berth_channel():
    return grpc.insecure_channel(f"{BERTH_HOST}:{BERTH_PORT}")


def sidecar_channel():
    return grpc.insecure_channel("127.0.0.1:15001")


def secure_berth_channel():
    with open("/etc/harbor/grpc-ca.pem", "rb") as fh:
        creds = grpc.ssl_channel_credentials(root_certificates=fh.read())
    return grpc.secure_channel(f"{BERTH_HOST}:{BERTH_PORT}", creds)


async def async_berth_channel():
    return grpc.aio.insecure_channel("berth-planner-canary.prod.harbor.example.net:50051")
