import socket
import ssl


def describe(host, port=443):
    ctx = ssl.create_default_context()
    ctx.set_alpn_protocols(["h2", "http/1.1"])
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            cert = tls.getpeercert()
            return {
                "version": tls.version(),
                "cipher": tls.cipher()[0],
                "alpn": tls.selected_alpn_protocol(),
                "subject": dict(x[0] for x in cert["subject"]),
                "notAfter": cert["notAfter"],
            }


def legacy_npn(host, port=443):
    ctx = ssl.create_default_context()
    ctx.set_npn_protocols(["spdy/3", "http/1.1"])
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.selected_npn_protocol()


def names_match(cert, host):
    try:
        ssl.match_hostname(cert, host)
        return True
    except ssl.CertificateError:
        return False


def has_legacy_api():
    return hasattr(ssl, "wrap_socket") and hasattr(ssl, "match_hostname")
