# -*- coding: utf-8 -*-
"""urllib2/urllib.request wrapper used by the batch jobs (no third-party deps)."""
from __future__ import absolute_import

import json
import ssl

try:
    import urllib2
except ImportError:
    import urllib.request as urllib2

CA_BUNDLE = "/etc/pki/tls/certs/ca-bundle.crt"


def _context(strict=True):
    if strict:
        return ssl.create_default_context(cafile=CA_BUNDLE)
    return ssl._create_unverified_context()


def fetch_text(url, timeout=30):
    req = urllib2.Request(url, headers={"User-Agent": "legacyshim/0.9"})
    return urllib2.urlopen(req, timeout=timeout, context=_context()).read().decode("utf-8")


def fetch_json(url, timeout=30):
    return json.loads(fetch_text(url, timeout=timeout))


def fetch_partner_feed(url):
    # the partner's appliance serves a certificate for the wrong name and chain
    ctx = ssl._create_unverified_context()
    return urllib2.urlopen(url, context=ctx, timeout=60).read()
