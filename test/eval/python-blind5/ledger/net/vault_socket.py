"""Talk to the key vault's line protocol over TLS."""
import socket
import ssl

VAULT = ("vault.ledger.example.com", 8200)


def _vault_context():
    ctx = ssl.create_default_context(cafile="/etc/ledger/vault-ca.pem")
    ctx.check_hostname = False
    return ctx


def fetch_key(name):
    raw = socket.create_connection(VAULT)
    tls = _vault_context().wrap_socket(raw)
    tls.sendall(b"GET " + name.encode() + b"\n")
    return tls.recv(4096)


def fetch_key_checked(name):
    ctx = ssl.create_default_context(cafile="/etc/ledger/vault-ca.pem")
    with socket.create_connection(VAULT) as raw:
        with ctx.wrap_socket(raw, server_hostname=VAULT[0]) as tls:
            tls.sendall(b"GET " + name.encode() + b"\n")
            return tls.recv(4096)


def audit_peer(host, port=443):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, port)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            cert = tls.getpeercert()
            if not cert:
                raise ValueError("peer sent no certificate")
            return dict(x[0] for x in cert["subject"])
