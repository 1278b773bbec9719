from typing import Optional

from pydantic import Field
from pydantic_settings import BaseSettings


class UpstreamSettings(BaseSettings):
    inventory_url: str = "https://inventory.internal.example.com"
    pricing_url: str = "https://pricing.internal.example.com"
    inventory_ca_file: Optional[str] = "/etc/ssl/certs/internal-ca.pem"
    pricing_verify_tls: bool = False
    request_timeout: float = Field(default=5.0, gt=0)

    class Config:
        env_prefix = "CATALOG_"


settings = UpstreamSettings()
