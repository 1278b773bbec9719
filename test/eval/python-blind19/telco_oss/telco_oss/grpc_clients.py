import os

import grpc


def inventory_channel():
    return grpc.insecure_channel("inventory.oss.example.net:50051")


def sidecar_channel():
    return grpc.insecure_channel("localhost:15001")


def secure_inventory_channel():
    creds = grpc.ssl_channel_credentials(open("/etc/oss/ca/grpc.pem", "rb").read())
    return grpc.secure_channel("inventory.oss.example.net:443", creds)


def charging_channel():
    return grpc.insecure_channel(os.environ["CHARGING_TARGET"])


async def async_mediation_channel():
    return grpc.aio.insecure_channel("mediation.bss.example.net:50052")
