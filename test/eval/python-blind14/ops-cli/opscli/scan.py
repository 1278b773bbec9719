"""Which protocol versions and suites does a server still accept?"""
import socket
import ssl
from urllib.parse import urlsplit

PROBES = {
    "tls1.0": ssl.TLSVersion.TLSv1,
    "tls1.1": ssl.TLSVersion.TLSv1_1,
    "tls1.2": ssl.TLSVersion.TLSv1_2,
}


def _probe_context(version: ssl.TLSVersion) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_default_certs()
    ctx.set_ciphers("ALL:@SECLEVEL=0")
    ctx.minimum_version = version
    ctx.maximum_version = version
    return ctx


def run(url: str) -> int:
    host = urlsplit(url).hostname
    for name, version in PROBES.items():
        ctx = _probe_context(version)
        try:
            with socket.create_connection((host, 443), timeout=5) as sock:
                with ctx.wrap_socket(sock, server_hostname=host):
                    print(f"{name}: accepted")
        except (ssl.SSLError, OSError):
            print(f"{name}: refused")
    return 0


def tls11_only_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.maximum_version = ssl.TLSVersion.TLSv1_1
    return ctx
