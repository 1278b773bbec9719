from billing.config import DevelopmentConfig, PartnerRelayConfig


def test_dev_mail_is_local():
    assert DevelopmentConfig.MAIL_SERVER == "localhost"
    assert DevelopmentConfig.MAIL_USE_TLS is False


def test_partner_relay_port():
    assert PartnerRelayConfig.MAIL_PORT == 25
