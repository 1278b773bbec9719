from . import bootstrap  # noqa: F401  (process-wide setup first)
from .contexts import modern_context

__all__ = ["modern_context"]
