import http.client
import ssl


def check(host, path="/"):
    conn = http.client.HTTPSConnection(host, 443, timeout=10, context=ssl.create_default_context())
    conn.request("HEAD", path)
    return conn.getresponse().status


def check_ip(ip, path="/"):
    conn = http.client.HTTPSConnection(ip, 443, timeout=10, check_hostname=False)
    conn.request("HEAD", path)
    return conn.getresponse().status


def check_client_cert(host):
    conn = http.client.HTTPSConnection(host, 443, key_file="/etc/netprobe/client.key", cert_file="/etc/netprobe/client.crt", context=ssl.create_default_context())
    conn.request("GET", "/")
    return conn.getresponse().status
