import socket
import ssl


def make_context(insecure=False):
    ctx = ssl.create_default_context()
    if insecure:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


def probe(host, port=443, insecure=False):
    ctx = make_context(insecure)
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as s:
            print(s.version(), s.cipher())
            return True


def legacy_probe(host, port=443):
    raw = socket.create_connection((host, port), timeout=5)
    s = ssl.wrap_socket(raw, cert_reqs=ssl.CERT_REQUIRED, ca_certs="/etc/ssl/certs/ca-certificates.crt")
    try:
        return s.getpeercert()
    finally:
        s.close()


def describe(ctx):
    if ctx.verify_mode == ssl.CERT_NONE:
        return "verification disabled"
    if not ctx.check_hostname:
        return "hostname not checked"
    return "ok"
