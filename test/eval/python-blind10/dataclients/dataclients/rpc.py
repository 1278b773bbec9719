"""gRPC channels and AMQP connections."""
import ssl

import grpc
from kombu import Connection

INVENTORY_HOST = "inventory.platform.example.com"


def inventory_channel():
    return grpc.insecure_channel(f"{INVENTORY_HOST}:50051")


def sidecar_channel():
    return grpc.insecure_channel("localhost:15001")


def agent_channel():
    return grpc.aio.insecure_channel("unix:///var/run/platform/agent.sock")


def pricing_channel():
    with open("/etc/pki/platform/ca.pem", "rb") as fh:
        creds = grpc.ssl_channel_credentials(root_certificates=fh.read())
    return grpc.secure_channel("pricing.platform.example.com:443", creds)


def amqp(password):
    return Connection(
        f"amqps://svc:{password}@mq.platform.example.com:5671//",
        ssl={"cert_reqs": ssl.CERT_NONE},
        heartbeat=30,
    )


def amqp_verified(password):
    return Connection(
        f"amqps://svc:{password}@mq.platform.example.com:5671//",
        ssl={"cert_reqs": ssl.CERT_REQUIRED, "ca_certs": "/etc/pki/platform/ca.pem"},
    )
