import ssl

from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry
from urllib3.util.ssl_ import create_urllib3_context

MODERN_CIPHERS = "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!eNULL:!MD5"
# The bank's gateway only speaks these; do not reuse elsewhere.
BANK_CIPHERS = "DEFAULT:RC4-SHA:DES-CBC3-SHA"


class TLSAdapter(HTTPAdapter):
    """Mounts a urllib3 context with our cipher policy."""

    def __init__(self, ssl_context=None, **kwargs):
        self.ssl_context = ssl_context or create_urllib3_context(ciphers=MODERN_CIPHERS)
        super().__init__(**kwargs)

    def init_poolmanager(self, *args, **kwargs):
        kwargs["ssl_context"] = self.ssl_context
        return super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, *args, **kwargs):
        kwargs["ssl_context"] = self.ssl_context
        return super().proxy_manager_for(*args, **kwargs)


class LegacyBankAdapter(HTTPAdapter):
    """Talks to the bank's 2009-era settlement gateway."""

    def init_poolmanager(self, *args, **kwargs):
        ctx = create_urllib3_context(ciphers=BANK_CIPHERS)
        ctx.minimum_version = ssl.TLSVersion.TLSv1
        ctx.load_verify_locations("/etc/pki/bank/chain.pem")
        kwargs["ssl_context"] = ctx
        return super().init_poolmanager(*args, **kwargs)


class StrictAdapter(TLSAdapter):
    def __init__(self, **kwargs):
        ctx = create_urllib3_context()
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        ctx.load_default_certs()
        super().__init__(ssl_context=ctx, **kwargs)


def retrying_adapter(total: int = 3) -> HTTPAdapter:
    retry = Retry(total=total, backoff_factor=0.5, status_forcelist=(502, 503, 504))
    return TLSAdapter(max_retries=retry)
