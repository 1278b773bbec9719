import ssl

from requests.adapters import HTTPAdapter
from urllib3.util.ssl_ import create_urllib3_context

STRONG = "ECDHE+AESGCM:ECDHE+CHACHA20"


class StrongCipherAdapter(HTTPAdapter):
    def init_poolmanager(self, *args, **kwargs):
        kwargs["ssl_context"] = create_urllib3_context(ciphers=STRONG)
        return super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, *args, **kwargs):
        kwargs["ssl_context"] = create_urllib3_context(ciphers=STRONG)
        return super().proxy_manager_for(*args, **kwargs)


class MainframeAdapter(HTTPAdapter):
    """z/OS HTTP server at the data centre: RC4 or 3DES only."""

    def init_poolmanager(self, *args, **kwargs):
        ctx = create_urllib3_context(ciphers="DES-CBC3-SHA:RC4-SHA")
        ctx.load_verify_locations("/etc/ssl/certs/mainframe-ca.pem")
        kwargs["ssl_context"] = ctx
        return super().init_poolmanager(*args, **kwargs)


class PinnedAdapter(HTTPAdapter):
    def __init__(self, fingerprint, **kwargs):
        self.fingerprint = fingerprint
        super().__init__(**kwargs)

    def init_poolmanager(self, *args, **kwargs):
        kwargs["assert_fingerprint"] = self.fingerprint
        kwargs["cert_reqs"] = ssl.CERT_REQUIRED
        return super().init_poolmanager(*args, **kwargs)
