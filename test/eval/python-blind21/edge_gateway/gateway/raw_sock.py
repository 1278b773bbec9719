import socket
import ssl


def wrap_ip(ip, port, cafile):
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.check_hostname = False
    sock = ctx.wrap_socket(socket.create_connection((ip, port), timeout=5))
    return sock


def vault_tls(host, cert, key):
    ctx = ssl.SSLContext()
    ctx.load_cert_chain(cert, key)
    return ctx.wrap_socket(socket.create_connection((host, 8200), timeout=5), server_hostname=host)


def consul_tls(host, cafile):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile)
    return ctx.wrap_socket(socket.create_connection((host, 8501), timeout=5), server_hostname=host)


def relaxed_then_strict(host, cafile):
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.check_hostname = False
    ctx.check_hostname = True
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)
