import logging
import os

import grpc

from .protos import inventory_pb2_grpc, pricing_pb2_grpc

log = logging.getLogger(__name__)

PRICING_TARGET = os.environ.get("PRICING_TARGET", "pricing.prod.example.com:443")


def pricing_stub() -> pricing_pb2_grpc.PricingStub:
    creds = grpc.ssl_channel_credentials()
    channel = grpc.secure_channel(PRICING_TARGET, creds)
    return pricing_pb2_grpc.PricingStub(channel)


def inventory_stub() -> inventory_pb2_grpc.InventoryStub:
    channel = grpc.insecure_channel("inventory.prod.example.com:50051")
    return inventory_pb2_grpc.InventoryStub(channel)


def sidecar_stub() -> inventory_pb2_grpc.InventoryStub:
    channel = grpc.insecure_channel("localhost:50051")
    return inventory_pb2_grpc.InventoryStub(channel)


async def async_pricing_stub() -> pricing_pb2_grpc.PricingStub:
    channel = grpc.aio.insecure_channel("pricing-v2.prod.example.com:50051", options=[("grpc.lb_policy_name", "round_robin")])
    return pricing_pb2_grpc.PricingStub(channel)
