"""Shared data-store clients for the platform's services."""
from .registry import CLIENT_FACTORIES, get_client
from .tlsdefaults import DEFAULT_SSL_OPTIONS, INTERNAL_CA

__all__ = ["CLIENT_FACTORIES", "get_client", "DEFAULT_SSL_OPTIONS", "INTERNAL_CA"]
