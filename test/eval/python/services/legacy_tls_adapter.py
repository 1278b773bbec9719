"""Talk to the 2009 payment terminal gateway, which only speaks TLS 1.0."""
import os
import ssl

import requests
from requests.adapters import HTTPAdapter
from requests.packages.urllib3.poolmanager import PoolManager


class Tls1Adapter(HTTPAdapter):
    def init_poolmanager(self, connections, maxsize, block=False, **kwargs):
        self.poolmanager = PoolManager(
            num_pools=connections,
            maxsize=maxsize,
            block=block,
            ssl_version=ssl.PROTOCOL_TLSv1,  # expect: no-legacy-tls-version
        )


def session():
    s = requests.Session()
    s.mount("https://terminals.example.com", Tls1Adapter())
    return s


def keylog_context():
    ctx = ssl.create_default_context()
    # Defaults to a file when the variable is unset: always on.
    ctx.keylog_filename = os.environ.get("SSLKEYLOGFILE", "/tmp/terminal-keys.log")  # expect: no-tls-key-logging
    return ctx
