from email.message import EmailMessage
from unittest import mock

from mailer import report_mail
from mailer.config import SmtpConfig


def test_send_report_uses_starttls():
    with mock.patch("smtplib.SMTP") as smtp_cls:
        report_mail.send_report(EmailMessage(), SmtpConfig(password="x"))
    smtp = smtp_cls.return_value.__enter__.return_value
    smtp.starttls.assert_called_once()
    smtp.login.assert_called_once()
