import socket
import ssl

FEED = ("ticker.vendor.example.com", 7443)


def raw_ticker():
    s = socket.create_connection(FEED)
    return ssl.wrap_socket(s)


def checked_ticker():
    s = socket.create_connection(FEED)
    t = ssl.wrap_socket(s, cert_reqs=ssl.CERT_REQUIRED, ca_certs="/etc/pki/tls/certs/vendor-ca.pem")
    ssl.match_hostname(t.getpeercert(), FEED[0])
    return t


def chain_only_ticker():
    s = socket.create_connection(FEED)
    return ssl.wrap_socket(s, cert_reqs=ssl.CERT_REQUIRED, ca_certs="/etc/pki/tls/certs/vendor-ca.pem")


def server(port):
    ls = socket.socket()
    ls.bind(("", port))
    ls.listen(5)
    conn, _ = ls.accept()
    return ssl.wrap_socket(conn, server_side=True, certfile="/etc/legacyfeed/server.pem", cert_reqs=ssl.CERT_NONE)
