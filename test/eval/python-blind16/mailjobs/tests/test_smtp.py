import smtplib
from unittest import mock

from mailjobs import smtp


def test_send_report_uses_starttls():
    with mock.patch.object(smtplib, "SMTP") as smtp_cls:
        server = smtp_cls.return_value.__enter__.return_value
        smtp.send_report(mock.Mock())
        server.starttls.assert_called_once()
        server.login.assert_called_once()
