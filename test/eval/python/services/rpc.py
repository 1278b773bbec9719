import grpc

from . import ledger_pb2_grpc

LEDGER_HOST = "ledger.internal.example.com"
LEDGER_PORT = 8443


def ledger_stub():
    channel = grpc.insecure_channel(f"{LEDGER_HOST}:{LEDGER_PORT}")  # expect: no-plaintext-downgrade
    return ledger_pb2_grpc.LedgerStub(channel)


def debug_stub(port):
    channel = grpc.insecure_channel(f"localhost:{port}")
    return ledger_pb2_grpc.LedgerStub(channel)
