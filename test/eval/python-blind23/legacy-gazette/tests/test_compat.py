import ssl

from gazette import compat


def test_shim_has_urlopen():
    assert callable(compat.urlopen)


def test_ssl_has_contexts():
    assert hasattr(ssl, "create_default_context")
