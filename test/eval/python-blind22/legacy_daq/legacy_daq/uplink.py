import socket
import ssl

try:
    import urllib2
except ImportError:
    import urllib.request as urllib2

UPLINK_CA = "/etc/daq/ca.pem"


def open_uplink(host, port=9443):
    sock = socket.create_connection((host, port))
    return ssl.wrap_socket(sock, ca_certs=UPLINK_CA)


def open_uplink_checked(host, port=9443):
    sock = socket.create_connection((host, port))
    s = ssl.wrap_socket(sock, ca_certs=UPLINK_CA, cert_reqs=ssl.CERT_REQUIRED)
    ssl.match_hostname(s.getpeercert(), host)
    return s


def open_uplink_named(host, port=9443):
    sock = socket.create_connection((host, port))
    ctx = ssl.create_default_context(cafile=UPLINK_CA)
    return ctx.wrap_socket(sock, server_hostname=host)


def open_uplink_nosni(host, port=9443):
    sock = socket.create_connection((host, port))
    ctx = ssl.create_default_context(cafile=UPLINK_CA)
    ctx.check_hostname = False
    return ctx.wrap_socket(sock)


def fetch_calibration(url):
    return urllib2.urlopen(url, cafile=UPLINK_CA).read()


def fetch_calibration_ctx(url):
    ctx = ssl.create_default_context(cafile=UPLINK_CA)
    return urllib2.urlopen(url, context=ctx).read()
