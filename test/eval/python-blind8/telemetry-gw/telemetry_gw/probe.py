"""Operator probes: what does the far end present?"""
import hashlib
import socket
import ssl

VAULT = "vault.internal.example"


def probe(host, port=443):
    ctx = ssl.create_default_context()
    with socket.create_connection((host, port), timeout=5) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            return tls.version()


def probe_ip(ip, port):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    with socket.create_connection((ip, port)) as sock:
        with ctx.wrap_socket(sock) as tls:
            return tls.cipher()


def vault_banner():
    ctx = ssl.create_default_context(cafile="/etc/telemetry/vault-ca.pem")
    ctx.check_hostname = False
    raw = socket.create_connection((VAULT, 8200))
    tls = ctx.wrap_socket(raw)
    tls.sendall(b"GET /v1/sys/health HTTP/1.0\r\n\r\n")
    return tls.recv(4096)


def legacy_probe(host, port):
    sock = socket.create_connection((host, port))
    tls = ssl.wrap_socket(sock, ca_certs="/etc/ssl/certs/ca-certificates.crt", cert_reqs=ssl.CERT_REQUIRED)
    return tls.getpeercert()


def cert_subject(host):
    ctx = ssl._create_unverified_context()
    with socket.create_connection((host, 443)) as s:
        with ctx.wrap_socket(s, server_hostname=host) as tls:
            cert = tls.getpeercert()
            if not cert:
                raise ssl.SSLError("no certificate")
            return dict(x[0] for x in cert["subject"])


def cert_pin_matches(host, expected_sha256):
    ctx = ssl._create_stdlib_context()
    with socket.create_connection((host, 443)) as s:
        with ctx.wrap_socket(s, server_hostname=host) as tls:
            der = tls.getpeercert(binary_form=True)
    return hashlib.sha256(der).hexdigest() == expected_sha256
