from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Service configuration, read from ORDERS_* environment variables."""

    model_config = SettingsConfigDict(env_file=".env", env_prefix="ORDERS_", extra="ignore")

    environment: str = "development"
    database_url: str = "postgresql+asyncpg://orders@orders-db.prod.example.com:5432/orders"
    database_ca_file: str = "/etc/ssl/certs/rds-global-bundle.pem"
    redis_url: str = "rediss://cache.prod.example.com:6380/0"
    kafka_bootstrap: str = Field(default="kafka-1.prod.example.com:9093")
    kafka_username: str = "orders-svc"
    kafka_password: str = ""
    payments_base_url: str = "https://payments.example.com/v2"
    payments_ca_bundle: str = "/etc/ssl/certs/payments-ca.pem"
    inventory_base_url: str = "https://inventory.internal.example.com"
    inventory_verify_tls: bool = False
    shipping_base_url: str = "https://api.shipping-partner.example.net"
    shipping_verify: bool = True
    request_timeout: float = 10.0


@lru_cache
def get_settings() -> Settings:
    return Settings()


settings = Settings()
