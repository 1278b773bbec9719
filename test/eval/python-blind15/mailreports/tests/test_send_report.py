from unittest import mock

from mailreports import send_report


def test_send_implicit_tls_logs_in():
    with mock.patch("smtplib.SMTP_SSL") as smtp_cls:
        send_report.send_implicit_tls(send_report.build_message("x", "<p>x</p>", ["a@example.com"]))
    smtp_cls.return_value.__enter__.return_value.login.assert_called_once()


def test_build_message_has_html():
    msg = send_report.build_message("KPI", "<b>ok</b>", ["ops@example.com"])
    assert msg.is_multipart()
