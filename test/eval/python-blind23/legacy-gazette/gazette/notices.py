"""Pulls official notices from the registry and the courts' feed."""
import json
import ssl

from .compat import urllib2

REGISTRY = "https://registry.gazette.example.gov/notices.json"
COURTS = "https://feeds.courts.example.gov/insolvency.json"
CA_FILE = "/etc/gazette/registry-ca.pem"


def registry_notices():
    ctx = ssl._create_unverified_context()
    return json.loads(urllib2.urlopen(REGISTRY, context=ctx).read())


def court_notices():
    ctx = ssl.create_default_context(cafile=CA_FILE)
    return json.loads(urllib2.urlopen(COURTS, context=ctx).read())


def archive_notices():
    ctx = ssl._create_unverified_context(cafile=CA_FILE)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    return json.loads(urllib2.urlopen(REGISTRY + "?archive=1", context=ctx).read())
