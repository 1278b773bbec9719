from .compat import install_tls_workarounds

__version__ = "2.8.11"

install_tls_workarounds()
