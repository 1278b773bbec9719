"""Grab leaf certificates from every asset, including broken ones."""
import hashlib
import socket
import ssl


def scanner_context():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def leaf_fingerprint(host, port=443):
    ctx = scanner_context()
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as s:
            der = s.getpeercert(binary_form=True)
    return hashlib.sha256(der).hexdigest()


def leaf_subject(host, port=443):
    ctx = scanner_context()
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as s:
            cert = s.getpeercert()
            if not cert:
                raise ssl.SSLError(f"{host}: no certificate")
            return dict(x[0] for x in cert["subject"])


def verified_subject(host, port=443):
    ctx = ssl.create_default_context()
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as s:
            cert = s.getpeercert()
            return dict(x[0] for x in cert["subject"])


def weak_suites_probe(host, port=443):
    ctx = scanner_context()
    ctx.set_ciphers("ALL:eNULL:@SECLEVEL=0")
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as s:
            return s.cipher()
