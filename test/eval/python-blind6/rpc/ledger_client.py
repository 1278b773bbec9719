"""Async gRPC client for the ledger service."""
import os

import grpc

from .ledger_pb2_grpc import LedgerStub

LEDGER_HOST = "ledger.payments.acme-corp.net"
LEDGER_PORT = 50051
SIDECAR = "127.0.0.1:15001"


def _credentials() -> grpc.ChannelCredentials:
    with open(os.environ.get("LEDGER_CA", "/etc/ssl/certs/ledger-ca.pem"), "rb") as fh:
        return grpc.ssl_channel_credentials(root_certificates=fh.read())


class LedgerClient:
    def __init__(self, use_mesh: bool = False):
        if use_mesh:
            # The Envoy sidecar terminates mTLS for us.
            self._channel = grpc.aio.insecure_channel(SIDECAR)
        else:
            self._channel = grpc.aio.secure_channel(f"{LEDGER_HOST}:{LEDGER_PORT}", _credentials())
        self.stub = LedgerStub(self._channel)

    async def close(self):
        await self._channel.close()


def debug_channel():
    """Talks to the ledger directly, skipping the mesh, for the on-call runbook."""
    target = f"{LEDGER_HOST}:{LEDGER_PORT}"
    return grpc.aio.insecure_channel(target, options=[("grpc.enable_retries", 1)])


def unix_channel():
    return grpc.aio.insecure_channel("unix:///run/ledger/ledger.sock")
