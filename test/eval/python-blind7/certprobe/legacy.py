"""Profiles for appliances that still speak old TLS."""
import socket
import ssl


def _dial(ctx, host, port):
    raw = socket.create_connection((host, port), timeout=10)
    return ctx.wrap_socket(raw, server_hostname=host)


def connect_tls10_appliance(host, port):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_verify_locations("/etc/certprobe/appliance-ca.pem")
    return _dial(ctx, host, port)


def connect_minimum(host, port):
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return _dial(ctx, host, port)


def connect_capped(host, port):
    ctx = ssl.create_default_context()
    ctx.maximum_version = ssl.TLSVersion.TLSv1_1
    return _dial(ctx, host, port)


def connect_reenabled(host, port):
    ctx = ssl.create_default_context()
    ctx.options &= ~ssl.OP_NO_TLSv1_1
    return _dial(ctx, host, port)


def connect_any(host, port):
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED
    return _dial(ctx, host, port)


def connect_modern(host, port):
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.maximum_version = ssl.TLSVersion.MAXIMUM_SUPPORTED
    return _dial(ctx, host, port)


def connect_overridden(host, port):
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    return _dial(ctx, host, port)


def is_legacy(ctx):
    return ctx.minimum_version in (ssl.TLSVersion.TLSv1, ssl.TLSVersion.TLSv1_1)
