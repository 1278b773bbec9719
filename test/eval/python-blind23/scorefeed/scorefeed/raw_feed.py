"""Low-latency play-by-play feed over a raw TLS socket."""
import socket
import ssl

FEED_HOST = "pbp-raw.feeds.example.com"
BACKUP_IP = "10.20.0.5"


def vault_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile="/etc/ssl/certs/feeds-ca.pem")
    ctx.check_hostname = False
    return ctx


def open_feed() -> ssl.SSLSocket:
    raw = socket.create_connection((FEED_HOST, 9100))
    return vault_context().wrap_socket(raw)


def open_backup() -> ssl.SSLSocket:
    ctx = ssl.create_default_context(cafile="/etc/ssl/certs/feeds-ca.pem")
    ctx.check_hostname = False
    raw = socket.create_connection((BACKUP_IP, 9100))
    return ctx.wrap_socket(raw)


def memory_feed(incoming: ssl.MemoryBIO, outgoing: ssl.MemoryBIO) -> ssl.SSLObject:
    ctx = ssl.create_default_context(cafile="/etc/ssl/certs/feeds-ca.pem")
    ctx.check_hostname = False
    ctx.check_hostname = True
    return ctx.wrap_bio(incoming, outgoing, server_hostname=FEED_HOST)


def relay_server(conn: socket.socket) -> ssl.SSLSocket:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain("/etc/scorefeed/tls/relay.crt", "/etc/scorefeed/tls/relay.key")
    return ctx.wrap_socket(conn, server_side=True)


def peer_summary(tls: ssl.SSLSocket) -> dict:
    return {"version": tls.version(), "cipher": tls.cipher()}
