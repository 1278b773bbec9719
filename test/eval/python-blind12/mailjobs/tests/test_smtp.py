import smtplib
from unittest import mock

from mailjobs.smtp_send import Mailer


def test_mailer_uses_starttls():
    with mock.patch.object(smtplib, "SMTP") as smtp_cls:
        Mailer("smtp.example.com", 587, "u", "p").send(mock.Mock())
    smtp = smtp_cls.return_value.__enter__.return_value
    smtp.starttls.assert_called_once()
    smtp.login.assert_called_once_with("u", "p")
