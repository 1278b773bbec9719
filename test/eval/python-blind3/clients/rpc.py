import grpc

from .protos import inventory_pb2_grpc

INVENTORY_TARGET = "inventory.grpc.example.com:443"
SIDECAR_TARGET = "localhost:50051"
PRICING_HOST = "pricing.svc.example.com"


def inventory_stub():
    creds = grpc.ssl_channel_credentials(root_certificates=open("/etc/ssl/certs/grpc-ca.pem", "rb").read())
    channel = grpc.secure_channel(INVENTORY_TARGET, creds)
    return inventory_pb2_grpc.InventoryStub(channel)


def sidecar_stub():
    return inventory_pb2_grpc.InventoryStub(grpc.insecure_channel(SIDECAR_TARGET))


def pricing_channel(port=50051):
    return grpc.insecure_channel(f"{PRICING_HOST}:{port}")


async def async_pricing_channel():
    return grpc.aio.insecure_channel("pricing-canary.svc.example.com:50051")
