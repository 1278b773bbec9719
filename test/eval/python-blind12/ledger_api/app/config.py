from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LEDGER_", env_file=".env")

    database_url: str = "postgresql+asyncpg://ledger@localhost/ledger"
    redis_url: str = "rediss://ledger-cache.internal:6380/0"
    kafka_bootstrap: str = "kafka-0.ledger.internal:9093"
    kafka_user: str = "ledger"
    kafka_password: str = Field(default="", repr=False)
    fx_base_url: str = "https://fx.partner.example.com/api"
    kyc_base_url: str = "https://kyc.vendor.example.com"
    kyc_ca_bundle: str = "/etc/ledger/kyc-ca.pem"
    http_verify: bool = True
    smtp_host: str = "smtp.office365.com"
    smtp_user: str = "ledger-alerts@example.com"
    smtp_password: str = Field(default="", repr=False)


@lru_cache
def get_settings() -> Settings:
    return Settings()
