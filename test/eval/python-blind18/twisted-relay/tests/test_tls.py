from twisted.trial import unittest

from relay import tls


class OptionsTests(unittest.TestCase):
    def test_upstream_options_built(self):
        opts = tls.upstream_options("upstream.example.com")
        self.assertIsNotNone(opts)
