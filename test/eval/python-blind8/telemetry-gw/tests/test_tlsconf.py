import ssl
import unittest

import pytest

from telemetry_gw.tlsconf import client_context


def test_client_context_floor():
    ctx = client_context()
    assert ctx.minimum_version >= ssl.TLSVersion.TLSv1_2


def test_null_ciphers_refused():
    ctx = ssl.create_default_context()
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("eNULL")


def test_fixture_server_reachable(tls_server):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with ctx.wrap_socket(tls_server.connect()) as s:
        assert s.version()


class CipherTests(unittest.TestCase):
    def test_rc4_refused(self):
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        with self.assertRaises(ssl.SSLError):
            ctx.set_ciphers("RC4-MD5")
