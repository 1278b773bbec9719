"""Raw socket checks used by the on-call runbook."""
import socket
import ssl

from .tls import client_context


def banner(host, port):
    ctx = client_context()
    with socket.create_connection((host, port), timeout=5) as s:
        with ctx.wrap_socket(s, server_hostname=host) as tls:
            return tls.recv(256)


def vault_context():
    ctx = ssl.create_default_context(cafile="/etc/edgeprobe/vault-ca.pem")
    return ctx


def vault_raw(host="vault.acme.internal", port=8200):
    raw = socket.create_connection((host, port), timeout=5)
    ctx = vault_context()
    ctx.check_hostname = False
    tls = ctx.wrap_socket(raw)
    tls.sendall(b"GET /v1/sys/health HTTP/1.0\r\nHost: " + host.encode() + b"\r\n\r\n")
    return tls.recv(4096)


def version_of(host, port=443):
    with socket.create_connection((host, port)) as s:
        with client_context().wrap_socket(s, server_hostname=host) as tls:
            if tls.version() in ("TLSv1", "TLSv1.1"):
                return "legacy"
            return tls.version()


def cipher_audit(host):
    ctx = client_context()
    ctx.set_ciphers("ECDHE+AESGCM:!aNULL")
    with socket.create_connection((host, 443)) as s, ctx.wrap_socket(s, server_hostname=host) as tls:
        return tls.cipher()


def export_audit(host):
    ctx = client_context()
    ctx.set_ciphers("ALL:@SECLEVEL=0")
    with socket.create_connection((host, 443)) as s, ctx.wrap_socket(s, server_hostname=host) as tls:
        return tls.cipher()
