"""Minimal LDAPS reachability check used by the sync's pre-flight."""
import socket
import ssl

from dirsync import config


def ldaps_reachable(host=config.AD_SERVER, port=636):
    ctx = ssl.create_default_context(cafile=config.AD_CA)
    ctx.check_hostname = False
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw) as tls:
            return tls.version()


def lyon_reachable():
    sock = socket.create_connection((config.LYON_DC, 636), timeout=5)
    tls = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED, ca_certs=config.AD_CA)
    cert = tls.getpeercert()
    ssl.match_hostname(cert, config.LYON_DC)
    tls.close()
    return True
