"""Banner grabber used by the on-call runbooks."""
import socket
import ssl

PROBE_HOST = "edge-01.harbor.example"


def legacy_banner(host, port=993):
    sock = socket.create_connection((host, port), timeout=5)
    tls = ssl.wrap_socket(sock, ca_certs="/etc/harbor/ca-bundle.pem")
    try:
        return tls.recv(256)
    finally:
        tls.close()


def checked_banner(host, port=993):
    sock = socket.create_connection((host, port), timeout=5)
    tls = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED, ca_certs="/etc/harbor/ca-bundle.pem")
    return tls.recv(256)


def probe_edge():
    ctx = ssl.create_default_context(cafile="/etc/harbor/ca-bundle.pem")
    ctx.check_hostname = False
    raw = socket.create_connection((PROBE_HOST, 443))
    tls = ctx.wrap_socket(raw)
    return tls.version()


def probe_by_name(host):
    ctx = ssl.create_default_context()
    with socket.create_connection((host, 443)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.getpeercert()
