import socket
import ssl
import sys


def probe_raw(host: str, port: int = 443) -> dict:
    sock = socket.create_connection((host, port), timeout=5)
    tls = ssl.wrap_socket(sock, ca_certs="/etc/ssl/certs/ca-certificates.crt", cert_reqs=ssl.CERT_REQUIRED)
    cert = tls.getpeercert()
    tls.close()
    return cert


def probe_expiry(host: str, port: int = 443) -> str:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    ctx.load_default_certs()
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.getpeercert()["notAfter"]


def probe_pin(host: str, port: int = 443) -> bytes:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.getpeercert(binary_form=True)


def probe_client(host: str, port: int = 443) -> str:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations("/etc/ssl/certs/ca-certificates.crt")
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.version()


if __name__ == "__main__":
    print(probe_raw(sys.argv[1]))
