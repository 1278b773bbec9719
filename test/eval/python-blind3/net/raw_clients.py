import socket
import ssl

from .tls_contexts import client_context

LEDGER_HOST = "ledger.internal.example.com"


class LedgerClient:
    def __init__(self, host=LEDGER_HOST, port=7443):
        self.host = host
        self.port = port
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_SSLv23)
        self.ctx.load_verify_locations("/etc/pki/internal-ca.pem")

    def send(self, payload: bytes) -> bytes:
        with socket.create_connection((self.host, self.port)) as raw:
            with self.ctx.wrap_socket(raw, server_hostname=self.host) as tls:
                tls.sendall(payload)
                return tls.recv(65536)


class AuditClient:
    def __init__(self):
        self.ctx = ssl.create_default_context(cafile="/etc/pki/internal-ca.pem")
        self.ctx.check_hostname = False

    def push(self, line: bytes):
        raw = socket.create_connection(("audit.internal.example.com", 6514))
        tls = self.ctx.wrap_socket(raw)
        tls.sendall(line)
        tls.close()


def metrics_push(payload: bytes):
    ctx = client_context()
    with socket.create_connection(("metrics.internal.example.com", 8443)) as raw:
        with ctx.wrap_socket(raw, server_hostname="metrics.internal.example.com") as tls:
            tls.sendall(payload)


def memory_bio_client():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    obj = ctx.wrap_bio(incoming, outgoing)
    sock = socket.create_connection(("queue.internal.example.com", 5671))
    return obj, sock
