import socket
import ssl

from . import _compat


def banner(host, port=443):
    sock = socket.create_connection((host, port), timeout=5)
    tls = ssl.wrap_socket(sock)
    tls.sendall(b"HEAD / HTTP/1.0\r\n\r\n")
    return tls.recv(1024)


def banner_checked(host, port=443, ca_certs="/etc/ssl/certs/ca-certificates.crt"):
    sock = socket.create_connection((host, port), timeout=5)
    tls = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED, ca_certs=ca_certs)
    return tls.recv(1024)


def banner_matched(host, port=443, ca_certs="/etc/ssl/certs/ca-certificates.crt"):
    sock = socket.create_connection((host, port), timeout=5)
    mtls = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED, ca_certs=ca_certs)
    ssl.match_hostname(mtls.getpeercert(), host)
    return mtls.recv(1024)


def tls_server(port=9443):
    srv_ctx = ssl.SSLContext()
    srv_ctx.load_cert_chain("/etc/netprobe/cert.pem", "/etc/netprobe/key.pem")
    lsock = socket.socket()
    lsock.bind(("", port))
    lsock.listen(5)
    conn, _ = lsock.accept()
    return srv_ctx.wrap_socket(conn, server_side=True)


def legacy_client(host, port=443):
    lctx = ssl.SSLContext(ssl.PROTOCOL_SSLv23)
    lctx.load_default_certs()
    return lctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host)


def modern_client(host, port=443):
    mctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    mctx.load_default_certs()
    mctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return mctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host)


def fetch_with_ca(url, ca):
    return _compat.urlopen(url, cafile=ca).read()


def cert_check(host, port=443):
    """Report whether the peer presents a certificate at all."""
    cctx = ssl.create_default_context()
    cctx.check_hostname = False
    cctx.verify_mode = ssl.CERT_NONE
    csock = cctx.wrap_socket(socket.create_connection((host, port)))
    cert = csock.getpeercert()
    if not cert:
        return "no certificate"
    return cert["subject"]


def cert_fingerprint(host, port=443):
    fctx = ssl._create_unverified_context()
    fsock = fctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host)
    der = fsock.getpeercert(binary_form=True)
    return der
