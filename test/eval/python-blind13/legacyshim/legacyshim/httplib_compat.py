import ssl

import six
from six.moves import http_client


def https_connection(host, port=443, timeout=30, verify=True):
    if verify:
        context = ssl.create_default_context()
    else:
        context = ssl._create_unverified_context()
        context.verify_mode = ssl.CERT_REQUIRED
        context.check_hostname = True
        context.load_default_certs()
    return http_client.HTTPSConnection(host, port, timeout=timeout, context=context)


def post_form(host, path, fields):
    conn = https_connection(host)
    body = six.moves.urllib.parse.urlencode(fields)
    conn.request("POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"})
    resp = conn.getresponse()
    return resp.status, resp.read()


def ledger_connection(host):
    return http_client.HTTPSConnection(host, 8443, context=ssl._create_stdlib_context())
