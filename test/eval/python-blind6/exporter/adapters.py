"""Transport adapters for the devices we scrape.

Old PDUs (firmware 3.x) only offer TLS 1.0 with 3DES and never got a certificate
matching their DNS name; they do carry one signed by the facilities CA.
"""
import ssl

from requests.adapters import HTTPAdapter
from urllib3.util.ssl_ import create_urllib3_context

FACILITIES_CA = "/etc/ssl/certs/facilities-ca.pem"
LEGACY_CIPHERS = "ECDHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA"


class LegacyPduAdapter(HTTPAdapter):
    def init_poolmanager(self, connections, maxsize, block=False, **pool_kwargs):
        ctx = create_urllib3_context(ciphers=LEGACY_CIPHERS)
        ctx.load_verify_locations(FACILITIES_CA)
        ctx.minimum_version = ssl.TLSVersion.TLSv1
        ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
        ctx.check_hostname = False
        pool_kwargs["ssl_context"] = ctx
        return super().init_poolmanager(connections, maxsize, block=block, **pool_kwargs)


class ModernDeviceAdapter(HTTPAdapter):
    """Everything shipped since 2020: verified, TLS 1.2+, default ciphers."""

    def init_poolmanager(self, connections, maxsize, block=False, **pool_kwargs):
        ctx = create_urllib3_context()
        ctx.load_verify_locations(FACILITIES_CA)
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        pool_kwargs["ssl_context"] = ctx
        return super().init_poolmanager(connections, maxsize, block=block, **pool_kwargs)

    def describe(self, ctx):
        if ctx.minimum_version == ssl.TLSVersion.TLSv1:
            return "legacy"
        if ctx.options & ssl.OP_LEGACY_SERVER_CONNECT:
            return "legacy-renegotiation"
        return "modern"
