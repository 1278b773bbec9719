import unittest
from unittest import mock

from hashiops.vault import VaultClient


class VaultClientTest(unittest.TestCase):
    def test_verify_defaults_to_true(self):
        c = VaultClient("https://vault.example.com", "t")
        self.assertIs(c._session.verify, True)

    def test_custom_ca(self):
        c = VaultClient("https://vault.example.com", "t", verify="/etc/ssl/vault-ca.pem")
        self.assertEqual(c._session.verify, "/etc/ssl/vault-ca.pem")

    @mock.patch("hashiops.vault.requests.Session.get")
    def test_read_404(self, get):
        get.return_value.status_code = 404
        self.assertIsNone(VaultClient("https://vault.example.com", "t").read("secret/x"))
