"""Bridges to the old payment terminals and the HSM gateway (pyOpenSSL, Twisted, raw ssl)."""
