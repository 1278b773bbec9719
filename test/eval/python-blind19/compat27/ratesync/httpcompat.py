try:
    import httplib
except ImportError:
    import http.client as httplib

import ssl

CA_BUNDLE = "/etc/pki/tls/certs/ca-bundle.crt"


def rates_connection(host):
    return httplib.HTTPSConnection(host, 443, context=ssl.create_default_context(cafile=CA_BUNDLE))


def ip_connection(ip):
    return httplib.HTTPSConnection(ip, 443, check_hostname=False, context=ssl.create_default_context(cafile=CA_BUNDLE))


def client_cert_connection(host):
    return httplib.HTTPSConnection(host, 443, key_file="/etc/ratesync/client.key", cert_file="/etc/ratesync/client.pem")
