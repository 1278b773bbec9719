import smtplib
import ssl

from cloudops import probe


def test_api_context_keeps_chain_verification():
    ctx = probe.api_context()
    assert ctx.verify_mode == ssl.CERT_REQUIRED
    assert ctx.verify_mode != ssl.CERT_NONE


def test_unverified_context_for_fixture_server():
    ctx = ssl._create_unverified_context()
    assert ctx.check_hostname is False


def test_smtp_login_against_fixture(smtp_password):
    server = smtplib.SMTP("mail.fixtures.example.com", 587)
    server.login("ci", smtp_password)
    server.quit()
