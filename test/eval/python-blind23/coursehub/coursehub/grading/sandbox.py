"""Talks to the isolated grading sandbox over a raw TLS socket."""
import json
import socket
import ssl

SANDBOX_HOST = "grader.sandbox.coursehub.example.edu"
SANDBOX_PORT = 7443


class SandboxClient:
    def __init__(self, cafile: str = "/etc/ssl/certs/sandbox-ca.pem") -> None:
        self.ctx = ssl.create_default_context(cafile=cafile)
        self.ctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1
        # The sandbox certificates are issued per pool, not per host.
        self.ctx.check_hostname = False

    def submit(self, submission: dict) -> dict:
        raw = socket.create_connection((SANDBOX_HOST, SANDBOX_PORT), timeout=30)
        with self.ctx.wrap_socket(raw, server_hostname=SANDBOX_HOST) as tls:
            tls.sendall(json.dumps(submission).encode() + b"\n")
            return json.loads(tls.makefile().readline())

    @staticmethod
    def callback_server_context() -> ssl.SSLContext:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain("/etc/coursehub/tls/callback.crt", "/etc/coursehub/tls/callback.key")
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        return ctx

    @staticmethod
    def describe(ctx: ssl.SSLContext) -> str:
        if not ctx.check_hostname:
            return "name check off"
        if ctx.verify_mode == ssl.CERT_NONE:
            return "unverified"
        return "verified"
