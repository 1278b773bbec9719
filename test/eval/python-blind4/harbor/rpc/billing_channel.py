"""gRPC channels for the billing service."""
import os

import grpc

BILLING_HOST = "billing.svc.harbor.example"
BILLING_PORT = 50051


def billing_channel():
    target = f"{BILLING_HOST}:{BILLING_PORT}"
    return grpc.insecure_channel(target)


def sidecar_channel():
    return grpc.insecure_channel("localhost:15001")


def secure_billing_channel():
    with open("/etc/harbor/billing-ca.pem", "rb") as fh:
        creds = grpc.ssl_channel_credentials(root_certificates=fh.read())
    return grpc.secure_channel(f"{BILLING_HOST}:{BILLING_PORT}", creds)


async def async_billing_channel():
    target = os.environ.get("BILLING_TARGET", f"{BILLING_HOST}:{BILLING_PORT}")
    return grpc.aio.secure_channel(target, grpc.ssl_channel_credentials())
