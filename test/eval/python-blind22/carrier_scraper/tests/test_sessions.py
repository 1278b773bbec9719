from carrier_scraper.sessions import ParcelPortalSession, PortalSession


def test_parcel_session_uses_ca():
    s = ParcelPortalSession()
    assert s.verify == "/etc/ssl/carrier-ca.pem"


def test_default_session_verifies():
    assert PortalSession().verify is True


def test_freight_flag_documented():
    # FreightPortalSession sets verify=False on purpose; see runbook.
    assert PortalSession(verify_tls="/etc/ssl/carrier-ca.pem").verify.endswith(".pem")
