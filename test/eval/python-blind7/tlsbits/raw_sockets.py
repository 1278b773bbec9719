import socket
import ssl

VAULT_HOST = "vault.internal.example.com"


def vault_socket():
    ctx = ssl.create_default_context(cafile="/etc/ssl/vault-ca.pem")
    ctx.check_hostname = False
    raw = socket.create_connection((VAULT_HOST, 8200))
    return ctx.wrap_socket(raw)


def metrics_socket(host):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    raw = socket.create_connection((host, 9100))
    return ctx.wrap_socket(raw, server_hostname=host)


def bare_context(host):
    ctx = ssl.SSLContext()
    ctx.load_verify_locations("/etc/ssl/ca.pem")
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)


def client_tls(host):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_default_certs()
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)


def legacy_wrap(host, port):
    raw = socket.create_connection((host, port))
    return ssl.wrap_socket(raw)


def legacy_wrap_required(host, port):
    raw = socket.create_connection((host, port))
    tls = ssl.wrap_socket(raw, cert_reqs=ssl.CERT_REQUIRED, ca_certs="/etc/ssl/ca.pem")
    return tls


def server_socket(sock):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain("/etc/tlsbits/server.pem")
    ctx.verify_mode = ssl.CERT_NONE
    return ctx.wrap_socket(sock, server_side=True)


def purpose_server(sock):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain("/etc/tlsbits/server.pem")
    return ctx.wrap_socket(sock, server_side=True)


def optional_client(host):
    ctx = ssl.create_default_context()
    ctx.verify_mode = ssl.CERT_OPTIONAL
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)


def ip_client(addr):
    ctx = ssl.create_default_context(cafile="/etc/ssl/vault-ca.pem")
    return ctx.wrap_socket(socket.create_connection((addr, 8200)), server_hostname=addr)
