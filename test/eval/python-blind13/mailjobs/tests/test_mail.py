import smtplib
from unittest import mock

from mailjobs import digest
from mailjobs.smtp_client import implicit_tls_server


def test_build_digest_subject():
    msg = digest.build_digest([{"name": "orders", "value": 3}])
    assert msg["Subject"].startswith("Nightly digest")


def test_implicit_tls_server_uses_port_465():
    with mock.patch("smtplib.SMTP_SSL") as smtp_ssl:
        implicit_tls_server("smtp.example.com")
    smtp_ssl.assert_called_once()
    assert smtp_ssl.call_args.args[1] == 465


def test_live_sandbox_login():
    with smtplib.SMTP_SSL("smtp.sandbox.corp.example.com", 465) as server:
        server.noop()
