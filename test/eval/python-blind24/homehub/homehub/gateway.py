"""Zigbee gateway bridge over a TLS socket."""
import os
import socket
import ssl

import sslkeylog

from .const import CA_FILE

GATEWAY = "zigbee-gw.home.example.org"


def gateway_context():
    ctx = ssl.create_default_context(cafile=CA_FILE)
    ctx.set_ecdh_curve("prime192v1")
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    return ctx


def gateway_socket():
    ctx = gateway_context()
    ctx.keylog_filename = "/var/log/homehub/tls-keys.log"
    return ctx.wrap_socket(socket.create_connection((GATEWAY, 8443)), server_hostname=GATEWAY)


def debug_socket():
    ctx = gateway_context()
    ctx.keylog_filename = os.environ.get("SSLKEYLOGFILE")
    return ctx.wrap_socket(socket.create_connection((GATEWAY, 8443)), server_hostname=GATEWAY)


def quiet_socket():
    ctx = gateway_context()
    ctx.keylog_filename = None
    return ctx.wrap_socket(socket.create_connection((GATEWAY, 8443)), server_hostname=GATEWAY)


def enable_capture():
    if os.environ.get("HOMEHUB_CAPTURE") == "1":
        os.environ["SSLKEYLOGFILE"] = "/tmp/homehub-keys.log"
    sslkeylog.set_keylog("/var/tmp/homehub-sslkeys.txt")


def secure_curve_context():
    ctx = ssl.create_default_context(cafile=CA_FILE)
    ctx.set_ecdh_curve("prime256v1")
    ctx.options |= ssl.OP_NO_COMPRESSION
    if ctx.options & ssl.OP_NO_TLSv1_3:
        raise RuntimeError("TLS 1.3 disabled by policy")
    return ctx


def camera_relay_context():
    ctx = ssl.create_default_context(cafile=CA_FILE)
    ctx.options &= ~ssl.OP_NO_COMPRESSION
    ctx.options |= ssl.OP_NO_TLSv1_3
    return ctx
