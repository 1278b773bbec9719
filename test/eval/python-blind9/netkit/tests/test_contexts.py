import ssl
import unittest

import pytest

from netkit.contexts import relaxed_context


def test_relaxed_cap():
    ctx = relaxed_context()
    assert ctx.maximum_version == ssl.TLSVersion.TLSv1_1


def test_null_cipher_refused():
    ctx = ssl.create_default_context()
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("NULL-SHA")


def test_unverified_factory_flags():
    ctx = ssl._create_unverified_context()
    assert ctx.verify_mode == ssl.CERT_NONE


class ExportCipherTest(unittest.TestCase):
    def test_export_refused(self):
        ctx = ssl.create_default_context()
        with self.assertRaises(ssl.SSLError):
            ctx.set_ciphers("EXP-RC4-MD5")
