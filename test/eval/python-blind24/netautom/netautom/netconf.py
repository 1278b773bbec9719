"""NETCONF over TLS (RFC 7589) to the switches, port 6513."""
import socket
import ssl

from .inventory import CA_BUNDLE, CLIENT_CERT, CLIENT_KEY

NETCONF_PORT = 6513


def netconf_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(CA_BUNDLE)
    ctx.load_cert_chain(CLIENT_CERT, CLIENT_KEY)
    return ctx


def open_session(host):
    raw = socket.create_connection((host, NETCONF_PORT), timeout=15)
    return netconf_context().wrap_socket(raw)


def open_session_ok(host):
    raw = socket.create_connection((host, NETCONF_PORT), timeout=15)
    return netconf_context().wrap_socket(raw, server_hostname=host)


def open_oob(ip):
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    ctx.check_hostname = False
    raw = socket.create_connection((ip, NETCONF_PORT))
    return ctx.wrap_socket(raw)


def open_mgmt(host):
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    ctx.check_hostname = False
    ctx.load_cert_chain(CLIENT_CERT, CLIENT_KEY)
    ctx.check_hostname = True
    raw = socket.create_connection((host, NETCONF_PORT))
    return ctx.wrap_socket(raw, server_hostname=host)


def open_legacy_switch(host):
    ctx = ssl.SSLContext()
    ctx.load_cert_chain(CLIENT_CERT, CLIENT_KEY)
    raw = socket.create_connection((host, NETCONF_PORT))
    return ctx.wrap_socket(raw, server_hostname=host)


def open_chain_only(host):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations(CA_BUNDLE)
    raw = socket.create_connection((host, NETCONF_PORT))
    return ctx.wrap_socket(raw, server_hostname=host)


def listen_callhome(port=4335):
    """Call Home (RFC 8071): the switch dials us, we are the TLS server."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(CLIENT_CERT, CLIENT_KEY)
    ctx.verify_mode = ssl.CERT_NONE
    srv = socket.create_server(("0.0.0.0", port))
    conn, _ = srv.accept()
    return ctx.wrap_socket(conn, server_side=True)
