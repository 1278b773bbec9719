import smtplib
import ssl
from pathlib import Path

import pytest

from mailbot.cli import build_context
from mailbot.config import MailConfig

CA = Path(__file__).parent / "certs" / "test-ca.pem"


def test_insecure_context_turns_checks_off():
    ctx = build_context(insecure=True)
    assert ctx.verify_mode == ssl.CERT_NONE
    assert ctx.check_hostname is False


def test_login_against_local_server(smtpd):
    with smtplib.SMTP("127.0.0.1", smtpd.port) as smtp:
        smtp.login("user", "secret")


def test_implicit_tls_against_local_server(smtpd_tls):
    ctx = ssl.create_default_context(cafile=str(CA))
    with smtplib.SMTP_SSL("localhost", smtpd_tls.port, context=ctx) as smtp:
        assert smtp.noop()[0] == 250


def test_config_defaults():
    assert MailConfig().port == 465
