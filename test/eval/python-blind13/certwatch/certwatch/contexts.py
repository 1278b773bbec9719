import socket
import ssl


def inventory_client(host, cafile):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    ctx.load_verify_locations(cafile)
    raw = socket.create_connection((host, 9443))
    return ctx.wrap_socket(raw, server_hostname=host)


def strict_client(host, cafile):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile)
    raw = socket.create_connection((host, 9443))
    return ctx.wrap_socket(raw, server_hostname=host)


def metrics_listener(certfile, keyfile, port=9100):
    ctx = ssl.SSLContext()
    ctx.load_cert_chain(certfile, keyfile)
    srv = socket.create_server(("0.0.0.0", port))
    conn, _ = srv.accept()
    return ctx.wrap_socket(conn, server_side=True)


def vault_client(cafile):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations(cafile)
    raw = socket.create_connection(("vault.corp.example.com", 8200))
    return ctx.wrap_socket(raw, server_hostname="vault.corp.example.com")


def syslog_client(cafile):
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.check_hostname = False
    raw = socket.create_connection(("logs.corp.example.com", 6514))
    return ctx.wrap_socket(raw)


def collector_client(cafile):
    ctx = ssl.create_default_context(cafile=cafile)
    raw = socket.create_connection(("collector.corp.example.com", 6514))
    return ctx.wrap_socket(raw, server_hostname="collector.corp.example.com")
