"""NETCONF over TLS (RFC 7589) to network elements on port 6513."""
import socket
import ssl

NETCONF_PORT = 6513
HELLO = b"""<?xml version="1.0" encoding="UTF-8"?><hello xmlns="urn:ietf:params:xml:ns:netconf:base:1.0"/>]]>]]>"""


def netconf_context(ca: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(ca)
    ctx.load_cert_chain("/etc/oss/nc-client.pem", "/etc/oss/nc-client.key")
    return ctx


def open_session(host: str, ca: str = "/etc/oss/ca/ne.pem"):
    ctx = netconf_context(ca)
    sock = socket.create_connection((host, NETCONF_PORT), timeout=30)
    tls = ctx.wrap_socket(sock, server_hostname=host)
    tls.sendall(HELLO)
    return tls


def open_legacy_ne(host: str):
    # 7x50 nodes on release 12 only negotiate TLS 1.1.
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1_1)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_verify_locations("/etc/oss/ca/ne.pem")
    sock = socket.create_connection((host, NETCONF_PORT))
    return ctx.wrap_socket(sock, server_hostname=host)


def ne_context_compat(ca: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca)
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    ctx.options &= ~ssl.OP_NO_COMPRESSION
    return ctx


def ne_context_tls12_only(ca: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca)
    ctx.options |= ssl.OP_NO_TLSv1_3
    return ctx


def ne_context_hardened(ca: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.options |= ssl.OP_NO_COMPRESSION
    return ctx


def describe_flags(ctx: ssl.SSLContext) -> list:
    flags = []
    if ctx.options & ssl.OP_NO_TLSv1_3:
        flags.append("no-tls13")
    if ctx.options & ssl.OP_LEGACY_SERVER_CONNECT:
        flags.append("legacy-reneg")
    return flags


def open_by_ip(ip: str, ca: str):
    ctx = netconf_context(ca)
    sock = socket.create_connection((ip, NETCONF_PORT))
    return ctx.wrap_socket(sock, server_hostname=ip)


def open_mgmt(ca: str):
    ctx = netconf_context(ca)
    ctx.check_hostname = False
    sock = socket.create_connection(("mgmt-gw.oss.example.net", NETCONF_PORT))
    return ctx.wrap_socket(sock)
