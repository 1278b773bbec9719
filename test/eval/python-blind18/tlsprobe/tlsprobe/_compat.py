# Vendored from an old release of our HTTP helper; keeps Python 2-era call sites working.
import socket
import ssl

HAS_SNI = getattr(ssl, "HAS_SNI", False)
HAS_LEGACY_WRAP = hasattr(ssl, "wrap_socket")


def wrap(sock: socket.socket, host: str, ca_certs: str):
    if hasattr(ssl, "SSLContext"):
        ctx = ssl.SSLContext(ssl.PROTOCOL_SSLv23)
        ctx.verify_mode = ssl.CERT_REQUIRED
        ctx.load_verify_locations(ca_certs)
        s = ctx.wrap_socket(sock, server_hostname=host if HAS_SNI else None)
    else:
        s = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED, ca_certs=ca_certs)
    ssl.match_hostname(s.getpeercert(), host)
    return s
