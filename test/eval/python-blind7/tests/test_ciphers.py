import ssl
import unittest

import pytest

from certprobe import ciphers


def test_export_suites_rejected():
    ctx = ssl.create_default_context()
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("EXP-RC4-MD5")


class CipherProfileTests(unittest.TestCase):
    def test_des_rejected(self):
        ctx = ssl.create_default_context()
        with self.assertRaises(ssl.SSLError):
            ctx.set_ciphers("EXP-DES-CBC-SHA")

    def test_modern_profile(self):
        ctx = ciphers.context_for("modern")
        names = {c["name"] for c in ctx.get_ciphers()}
        self.assertNotIn("RC4-SHA", names)
        self.assertTrue(ctx.verify_mode == ssl.CERT_REQUIRED)
