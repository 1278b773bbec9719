import ssl
import unittest
from unittest import mock

from stmtimport import mailbox


class MailboxTest(unittest.TestCase):
    def test_context_verifies(self):
        ctx = mailbox.mail_context()
        self.assertEqual(ctx.verify_mode, ssl.CERT_REQUIRED)
        self.assertTrue(ctx.check_hostname)

    @mock.patch("stmtimport.mailbox.imaplib.IMAP4_SSL")
    def test_open_statements(self, imap_cls):
        mailbox.open_statements_mailbox("imap.bank.example.com", "u", "p")
        imap_cls.return_value.login.assert_called_once_with("u", "p")

    def test_unverified_probe(self):
        ctx = ssl.create_default_context()
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        self.assertFalse(ctx.check_hostname)


if __name__ == "__main__":
    unittest.main()
