import socket
import ssl

VAULT_HOST = "vault.daq.lab.example"


def vault_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations("/etc/daq/vault-ca.pem")
    return ctx


def vault_socket():
    raw = socket.create_connection((VAULT_HOST, 8200))
    return vault_context().wrap_socket(raw, server_hostname=VAULT_HOST)


def tls12_socket(host, port):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_verify_locations("/etc/daq/vault-ca.pem")
    return ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host)
