import ssl

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.ssl_ import create_urllib3_context


class LegacyBankAdapter(HTTPAdapter):
    """The bank's gateway still negotiates static RSA only."""

    def init_poolmanager(self, *args, **kwargs):
        ctx = create_urllib3_context(ciphers="AES256-SHA:AES128-SHA")  # expect: no-weak-cipher, no-weak-cipher
        kwargs["ssl_context"] = ctx
        return super().init_poolmanager(*args, **kwargs)


def session():
    s = requests.Session()
    s.mount("https://gateway.bank.example/", LegacyBankAdapter())
    return s
