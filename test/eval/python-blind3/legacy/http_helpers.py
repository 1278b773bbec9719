import http.client
import ssl
import urllib.request

import nntplib

CA = "/etc/pki/tls/certs/company-ca.pem"


def opener_for_appliances():
    ctx = ssl.create_default_context(cafile=CA)
    handler = urllib.request.HTTPSHandler(context=ctx, check_hostname=False)
    return urllib.request.build_opener(handler)


def appliance_status(ip):
    conn = http.client.HTTPSConnection(
        ip, 8443, key_file="/etc/app/client.key", cert_file="/etc/app/client.crt"
    )
    conn.request("GET", "/status")
    return conn.getresponse().read()


def appliance_status_ctx(ip):
    ctx = ssl.create_default_context(cafile=CA)
    ctx.load_cert_chain("/etc/app/client.crt", "/etc/app/client.key")
    conn = http.client.HTTPSConnection(ip, 8443, context=ctx)
    conn.request("GET", "/status")
    return conn.getresponse().read()


def read_news(user, password):
    with nntplib.NNTP_SSL("news.example.org") as news:
        news.login(user, password)
        return news.group("comp.lang.python")


def match(cert, host):
    ssl.match_hostname(cert, host)
    return True


def appliance_status_by_ip(ip):
    ctx = ssl.create_default_context(cafile=CA)
    conn = http.client.HTTPSConnection(ip, 8443, context=ctx, check_hostname=False)
    conn.request("GET", "/status")
    return conn.getresponse().read()
