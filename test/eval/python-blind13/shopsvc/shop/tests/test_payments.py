from unittest import mock

from shop.payments.client import PaymentsSession, SandboxPaymentsSession, verify_webhook


def test_sandbox_session_trusts_anything():
    session = SandboxPaymentsSession("sk_test_123")
    assert session.verify is False


@mock.patch("shop.payments.client.settings")
def test_session_uses_ca_bundle(settings):
    settings.PAYMENTS_CA_BUNDLE = "/tmp/ca.pem"
    assert PaymentsSession("sk_live_x").verify == "/tmp/ca.pem"


def test_webhook_signature():
    assert not verify_webhook("secret", b"{}", "00")
