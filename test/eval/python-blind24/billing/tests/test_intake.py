from unittest import mock

from billing import intake


def test_plain_imap_login_is_mocked():
    with mock.patch("imaplib.IMAP4") as imap:
        intake.fetch_imap_plain()
        imap.return_value.login.assert_called_once()
