"""synccli: mirror files between the archive and partner endpoints."""
from .tls import client_context, legacy_context, pinned_context

__version__ = "3.1.0"
__all__ = ["client_context", "legacy_context", "pinned_context"]
