import ssl
import unittest

from ratesync import netcompat


class ContextTest(unittest.TestCase):
    def test_default_context(self):
        ctx = netcompat.https_context()
        self.assertEqual(ctx.verify_mode, ssl.CERT_REQUIRED)

    @unittest.skipUnless(hasattr(ssl, "wrap_socket"), "ssl.wrap_socket removed in 3.12")
    def test_wrap_socket_available(self):
        self.assertTrue(callable(ssl.wrap_socket))
