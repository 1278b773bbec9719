import hashlib
import socket
import ssl


def scanner_context():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def subject_of(host, port=443):
    ctx = scanner_context()
    with ctx.wrap_socket(socket.create_connection((host, port), timeout=10), server_hostname=host) as s:
        cert = s.getpeercert()
        if not cert:
            raise ValueError(f"{host}: no certificate")
        return dict(item[0] for item in cert["subject"])


def fingerprint(host, port=443):
    ctx = scanner_context()
    with ctx.wrap_socket(socket.create_connection((host, port), timeout=10), server_hostname=host) as s:
        der = s.getpeercert(binary_form=True)
        return hashlib.sha256(der).hexdigest()


def verified_subject(host, port=443):
    ctx = ssl.create_default_context()
    with ctx.wrap_socket(socket.create_connection((host, port), timeout=10), server_hostname=host) as s:
        return s.getpeercert()["subject"]
