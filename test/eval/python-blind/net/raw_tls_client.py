"""Minimal line-protocol client for the ledger service (port 7400)."""
import json
import socket
import ssl
import struct
from typing import Any

LEDGER_HOST = "ledger.internal.example"
LEDGER_PORT = 7400


def _frame(payload: dict[str, Any]) -> bytes:
    body = json.dumps(payload).encode()
    return struct.pack("!I", len(body)) + body


def _read_frame(sock: ssl.SSLSocket) -> dict[str, Any]:
    (size,) = struct.unpack("!I", sock.recv(4))
    return json.loads(sock.recv(size))


class LedgerClient:
    def __init__(self, host: str = LEDGER_HOST, port: int = LEDGER_PORT) -> None:
        self.host = host
        self.port = port
        self.ctx = ssl.create_default_context(cafile="/etc/ledger/ca.pem")
        self.ctx.load_cert_chain("/etc/ledger/client.pem")
        self.sock: ssl.SSLSocket | None = None

    def connect(self) -> None:
        raw = socket.create_connection((self.host, self.port), timeout=5)
        self.sock = self.ctx.wrap_socket(raw, server_hostname=self.host)

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        assert self.sock is not None
        self.sock.sendall(_frame({"method": method, "params": params}))
        return _read_frame(self.sock)


def legacy_connect(host: str, port: int) -> ssl.SSLSocket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.connect((host, port))
    return ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLSv1)


def monitor_connect(host: str, port: int) -> ssl.SSLSocket:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    ctx.load_verify_locations("/etc/ledger/ca.pem")
    raw = socket.create_connection((host, port))
    return ctx.wrap_socket(raw, server_hostname=host)


def ip_connect(ip: str, port: int) -> ssl.SSLSocket:
    ctx = ssl.create_default_context(cafile="/etc/ledger/ca.pem")
    ctx.check_hostname = False
    raw = socket.create_connection((ip, port))
    return ctx.wrap_socket(raw)


def ping() -> bool:
    client = LedgerClient()
    client.connect()
    return client.call("ping").get("ok", False)
