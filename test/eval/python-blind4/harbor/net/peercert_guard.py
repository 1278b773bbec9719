"""Self-made certificate checks for the badge readers."""
import socket
import ssl


def reader_context():
    ctx = ssl._create_unverified_context()
    return ctx


def read_badge_serial(host, port=4433):
    ctx = reader_context()
    sock = ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host)
    cert = sock.getpeercert()
    if not cert:
        raise ssl.SSLError("badge reader presented no certificate")
    return cert["serialNumber"]


def pinned_fingerprint(host, port=4433):
    ctx = reader_context()
    sock = ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host)
    return sock.getpeercert(binary_form=True)


def hardened_reader_context():
    ctx = ssl._create_unverified_context()
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_verify_locations("/etc/harbor/badge-ca.pem")
    return ctx
