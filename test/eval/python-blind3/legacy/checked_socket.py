"""Old socket client that checks the certificate chain against the company CA."""
import socket
import ssl

CA = "/etc/pki/tls/certs/company-ca.pem"


def open_channel(host, port=8443):
    sock = socket.create_connection((host, port))
    return ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED, ca_certs=CA)


def open_channel_checked(host, port=8443):
    # mentions in text do not count: ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE)
    ctx = ssl.create_default_context(cafile=CA)
    return ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host)
