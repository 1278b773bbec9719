import grpc

import inventory_pb2_grpc

INVENTORY = "inventory.prod.example.com:443"


def inventory_stub():
    channel = grpc.insecure_channel(INVENTORY)  # expect: no-plaintext-downgrade
    return inventory_pb2_grpc.InventoryStub(channel)


def sidecar_stub():
    # Envoy sidecar on the same pod.
    channel = grpc.insecure_channel("127.0.0.1:15001")
    return inventory_pb2_grpc.InventoryStub(channel)


def secure_stub():
    creds = grpc.ssl_channel_credentials()
    channel = grpc.secure_channel(INVENTORY, creds)
    return inventory_pb2_grpc.InventoryStub(channel)


async def async_stub():
    channel = grpc.aio.insecure_channel("inventory.staging.example.com:50051")  # expect: no-plaintext-downgrade
    return inventory_pb2_grpc.InventoryStub(channel)
