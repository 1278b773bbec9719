import ssl

from crawler import pools


def test_default_pool_verifies():
    assert pools.pool.connection_pool_kw["cert_reqs"] == "CERT_REQUIRED"


def test_modern_pool_min_version():
    p = pools.modern_pool("shop.example.com")
    assert p.ssl_minimum_version == ssl.TLSVersion.TLSv1_2
    assert p.cert_reqs != "CERT_NONE"
