import socket
import ssl
from urllib.parse import urlsplit


def peer_certificate_der(url: str) -> bytes:
    """Fetch the leaf even when it is expired, so we can report on it."""
    parts = urlsplit(url)
    host, port = parts.hostname, parts.port or 443
    ctx = ssl._create_unverified_context()
    with socket.create_connection((host, port), timeout=5) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as ssock:
            return ssock.getpeercert(binary_form=True)


def days_until_expiry(url: str) -> int:
    parts = urlsplit(url)
    host, port = parts.hostname, parts.port or 443
    ctx = ssl._create_unverified_context(cafile="/etc/ssl/certs/ca-certificates.crt")
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    with socket.create_connection((host, port), timeout=5) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as ssock:
            not_after = ssock.getpeercert()["notAfter"]
    return int((ssl.cert_time_to_seconds(not_after) - __import__("time").time()) // 86400)
