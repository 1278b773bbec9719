import ssl
import urllib.request

NEXUS = "https://nexus.corp.example.com/repository/releases/"
CORP_CA = "/etc/pki/tls/certs/corp-ca.pem"


def download(path):
    with urllib.request.urlopen(NEXUS + path, cafile=CORP_CA) as resp:
        return resp.read()


def download_with_context(path):
    ctx = ssl.create_default_context(cafile=CORP_CA)
    with urllib.request.urlopen(NEXUS + path, context=ctx) as resp:
        return resp.read()


def relaxed_opener():
    return urllib.request.build_opener(urllib.request.HTTPSHandler(check_hostname=False, context=ssl.create_default_context(cafile=CORP_CA)))


def strict_opener():
    return urllib.request.build_opener(urllib.request.HTTPSHandler(context=ssl.create_default_context(cafile=CORP_CA)))
