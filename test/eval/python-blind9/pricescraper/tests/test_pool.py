from pricescraper import pool


def test_pool_requires_certificates():
    assert pool.POOL_KW["cert_reqs"] == "CERT_REQUIRED"


def test_mirror_is_unverified():
    assert pool.mirror.connection_pool_kw["cert_reqs"] == "NONE"
