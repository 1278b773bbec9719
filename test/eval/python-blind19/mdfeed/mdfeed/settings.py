"""Feed settings. Values come from the defaults below; ops override them per deployment."""
from dataclasses import dataclass


@dataclass
class FeedSettings:
    rest_base: str = "https://api.exchange.example.com/v3"
    ws_url: str = "wss://stream.exchange.example.com/v2"
    ca_bundle: str = "/etc/ssl/certs/ca-certificates.crt"
    verify_tls: bool = False
    page_size: int = 500


settings = FeedSettings()
