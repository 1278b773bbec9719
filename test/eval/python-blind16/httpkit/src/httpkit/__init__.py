"""httpkit: the platform's HTTP clients (requests and httpx) with retries and sane TLS."""
from .config import ClientConfig
from .session import make_session, ServiceSession

__all__ = ["ClientConfig", "make_session", "ServiceSession"]
__version__ = "2.4.1"
