from .session import HarborSession, SandboxSession
from .transport import build_pool

__all__ = ["HarborSession", "SandboxSession", "build_pool"]
