import ssl
import urllib.request

CORP_CA = "/etc/ssl/certs/corp-ca.pem"


def hardened_opener():
    ctx = ssl._create_unverified_context()
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_verify_locations(CORP_CA)
    return urllib.request.build_opener(urllib.request.HTTPSHandler(context=ctx))


def chain_only_fetch(url):
    ctx = ssl._create_unverified_context()
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations(CORP_CA)
    return urllib.request.urlopen(url, context=ctx).read()
