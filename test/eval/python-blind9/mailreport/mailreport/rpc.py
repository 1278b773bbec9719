import http.client
import ssl
import xmlrpc.client

CLIENT_KEY = "/etc/mailreport/client.key"
CLIENT_CERT = "/etc/mailreport/client.pem"


def billing_proxy(url):
    return xmlrpc.client.ServerProxy(url, context=ssl._create_unverified_context())


def billing_proxy_verified(url):
    return xmlrpc.client.ServerProxy(url, context=ssl.create_default_context())


def status(host):
    conn = http.client.HTTPSConnection(host, 443, timeout=5, context=ssl.create_default_context())
    conn.request("GET", "/status")
    return conn.getresponse().status


def legacy_status(host):
    conn = http.client.HTTPSConnection(host, 443, key_file=CLIENT_KEY, cert_file=CLIENT_CERT)
    conn.request("GET", "/status")
    return conn.getresponse().status
