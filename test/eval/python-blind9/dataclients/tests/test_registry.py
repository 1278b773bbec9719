import ssl

from dataclients.registry import CLIENTS


def test_cache_client_options():
    kwargs = CLIENTS["cache"].connection_pool.connection_kwargs
    assert kwargs["ssl_cert_reqs"] in (None, "none")


def test_sslv3_constant_absent():
    assert not hasattr(ssl, "PROTOCOL_SSLv3")
