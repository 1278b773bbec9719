from telco_oss import devices, netconf_tls


def test_safe_defaults_pin_ca():
    assert devices.SAFE_DEFAULTS["verify"].endswith(".pem")


def test_lab_defaults_are_lab_only():
    assert devices.DEVICE_DEFAULTS["verify"] is False


def test_flags_of_default_context():
    import ssl
    ctx = ssl.create_default_context()
    assert "no-tls13" not in netconf_tls.describe_flags(ctx)
