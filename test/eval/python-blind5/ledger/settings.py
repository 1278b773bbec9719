"""Runtime settings for the ledger gateway, loaded from the environment."""
import os
from dataclasses import dataclass, field


def _flag(name, default="1"):
    return os.getenv(name, default).strip().lower() not in ("0", "false", "no")


@dataclass
class UpstreamSettings:
    base_url: str = os.getenv("LEDGER_UPSTREAM", "https://core.ledger.example.com")
    ca_bundle: str = os.getenv("LEDGER_CA_BUNDLE", "/etc/ledger/ca.pem")
    verify_tls: bool = field(default_factory=lambda: _flag("LEDGER_VERIFY_TLS"))
    timeout: float = 10.0


settings = UpstreamSettings()
