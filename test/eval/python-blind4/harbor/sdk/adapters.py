"""Transport adapters for partners with unusual TLS stacks."""
import ssl

import requests
from requests.adapters import HTTPAdapter
from urllib3.util import ssl_ as urllib3_ssl
from urllib3.util.ssl_ import create_urllib3_context

# Old partner gateway only offers 3DES.
LEGACY_PARTNER_CIPHERS = "DES-CBC3-SHA:AES128-SHA"


class PartnerAdapter(HTTPAdapter):
    def init_poolmanager(self, *args, **kwargs):
        ctx = create_urllib3_context(ciphers=LEGACY_PARTNER_CIPHERS)
        kwargs["ssl_context"] = ctx
        return super().init_poolmanager(*args, **kwargs)


class PinnedAdapter(HTTPAdapter):
    """Loads the partner CA; nothing weakened."""

    def init_poolmanager(self, *args, **kwargs):
        ctx = ssl.create_default_context(cafile="/etc/harbor/partner-ca.pem")
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        kwargs["ssl_context"] = ctx
        return super().init_poolmanager(*args, **kwargs)


class NoVerifyAdapter(HTTPAdapter):
    def init_poolmanager(self, connections, maxsize, block=False, **kw):
        kw["cert_reqs"] = ssl.CERT_NONE
        return super().init_poolmanager(connections, maxsize, block, **kw)


def patch_default_ciphers():
    # urllib3 1.x: widen the default list for the mainframe bridge.
    urllib3_ssl.DEFAULT_CIPHERS += ":RC4-SHA"


def partner_session():
    s = requests.Session()
    s.mount("https://partner.example.net", PartnerAdapter())
    s.mount("https://pinned.example.net", PinnedAdapter())
    return s
