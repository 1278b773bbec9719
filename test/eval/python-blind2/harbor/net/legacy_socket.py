"""Old-style socket wrappers for the crane PLCs (Python 3.8 hosts)."""
import socket
import ssl

PLC_CA = "/etc/harbor/plc-ca.pem"


def plc_session(host, port=102):
    sock = socket.create_connection((host, port))
    return ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLSv1_1)


def plc_session_checked(host, port=102):
    sock = socket.create_connection((host, port))
    return ssl.wrap_socket(
        sock,
        cert_reqs=ssl.CERT_REQUIRED,
        ca_certs=PLC_CA,
    )


def plc_session_modern(host, port=102):
    ctx = ssl.create_default_context(cafile=PLC_CA)
    return ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host)


def has_legacy_api():
    return hasattr(ssl, "wrap_socket")
