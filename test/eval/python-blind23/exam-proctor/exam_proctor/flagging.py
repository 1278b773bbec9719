"""AI flagging service (gRPC) and the local policy sidecar."""
import grpc

from .proto import flagging_pb2_grpc

VENDOR_TARGET = "flagging.proctor-ai.example.com:443"


def flagging_stub() -> flagging_pb2_grpc.FlaggingStub:
    return flagging_pb2_grpc.FlaggingStub(grpc.insecure_channel(VENDOR_TARGET))


def secure_flagging_stub() -> flagging_pb2_grpc.FlaggingStub:
    channel = grpc.secure_channel(VENDOR_TARGET, grpc.ssl_channel_credentials())
    return flagging_pb2_grpc.FlaggingStub(channel)


def policy_stub() -> flagging_pb2_grpc.FlaggingStub:
    return flagging_pb2_grpc.FlaggingStub(grpc.insecure_channel("unix:///run/proctor/policy.sock"))
