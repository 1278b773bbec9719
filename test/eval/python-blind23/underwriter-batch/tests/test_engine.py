from underwriter import celeryconfig, engine


def test_socket_engine_is_local():
    assert engine.socket_engine.url.query["host"] == "/var/run/postgresql"


def test_backend_verifies():
    import ssl

    assert celeryconfig.redis_backend_use_ssl["ssl_cert_reqs"] == ssl.CERT_REQUIRED
