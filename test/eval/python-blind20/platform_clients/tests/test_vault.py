import unittest
from unittest import mock

import requests

from platform_clients.vault import VaultClient


class VaultClientTest(unittest.TestCase):
    def setUp(self):
        self.client = VaultClient("s.test", addr="https://vault.test:8200", verify="/tmp/test-ca.pem")

    @mock.patch.object(requests.Session, "get")
    def test_read(self, get):
        get.return_value.json.return_value = {"data": {"k": "v"}}
        self.assertEqual(self.client.read("secret/x"), {"k": "v"})
        self.assertEqual(self.client.session.verify, "/tmp/test-ca.pem")

    def test_docstring_mentions_insecure(self):
        """session.verify = False must never be used against the real cluster."""
        self.assertFalse(False)
