import ssl
import xmlrpc.client

KOJI_HUB = "https://koji.corp.example.com/kojihub"


def koji():
    return xmlrpc.client.ServerProxy(KOJI_HUB, context=ssl.create_default_context(cafile="/etc/pki/tls/certs/corp-ca.pem"), allow_none=True)


def legacy_koji():
    return xmlrpc.client.ServerProxy("https://koji-old.corp.example.com/kojihub", context=ssl._create_stdlib_context())
