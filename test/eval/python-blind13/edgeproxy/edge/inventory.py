import os

import grpc

INVENTORY_TARGET = "inventory.fleet.example.com:50051"


def inventory_channel():
    return grpc.insecure_channel(INVENTORY_TARGET)


def sidecar_channel():
    return grpc.insecure_channel("localhost:15001")


def configured_channel():
    return grpc.insecure_channel(os.environ["INVENTORY_ADDR"])


def uds_channel():
    return grpc.aio.insecure_channel("unix:///run/inventory/grpc.sock")


def secure_inventory_channel():
    with open("/etc/edge/certs/inventory-ca.pem", "rb") as fh:
        creds = grpc.ssl_channel_credentials(root_certificates=fh.read())
    return grpc.secure_channel(INVENTORY_TARGET, creds)


def firmware_channel():
    return grpc.aio.insecure_channel("firmware.fleet.example.com:443")
