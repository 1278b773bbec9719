from concurrent import futures
from pathlib import Path

import grpc

from . import ledger_pb2_grpc
from .service import LedgerService


def serve(port: int = 50051) -> grpc.Server:
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=16))
    ledger_pb2_grpc.add_LedgerServicer_to_server(LedgerService(), server)
    creds = grpc.ssl_server_credentials(
        [(Path("/etc/ledger/tls.key").read_bytes(), Path("/etc/ledger/tls.crt").read_bytes())],
        root_certificates=Path("/etc/ledger/clients-ca.pem").read_bytes(),
        require_client_auth=True,
    )
    server.add_secure_port(f"[::]:{port}", creds)
    server.start()
    return server
