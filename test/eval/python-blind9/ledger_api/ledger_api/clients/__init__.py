from .fx import FxClient, MirrorFxClient, SandboxFxClient
from .tls import compat_context, legacy_bank_context, pinned_context

__all__ = [
    "FxClient",
    "MirrorFxClient",
    "SandboxFxClient",
    "compat_context",
    "legacy_bank_context",
    "pinned_context",
]
