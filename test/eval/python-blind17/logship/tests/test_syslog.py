import ssl
import unittest

from logship.outputs import syslog_tls


class ContextTests(unittest.TestCase):
    def test_weak_cipher_rejected(self):
        ctx = ssl.create_default_context()
        with self.assertRaises(ssl.SSLError):
            ctx.set_ciphers("eNULL")

    def test_handler_context_verifies(self):
        h = syslog_tls.TLSSyslogHandler.__new__(syslog_tls.TLSSyslogHandler)
        h._ctx = ssl.create_default_context()
        self.assertEqual(h._ctx.verify_mode, ssl.CERT_REQUIRED)
        self.assertTrue(h._ctx.check_hostname)
