from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    """Runtime settings, read from TRADEBOT_* variables."""

    venue: str = "binance"
    api_base: str = "https://api.venue.example.com"
    ca_bundle: str = "/etc/ssl/certs/ca-certificates.crt"
    verify_tls: bool = False
    sandbox_verify: bool = True
    redis_url: str = "rediss://cache.venue.example.com:6380/0"

    class Config:
        env_prefix = "TRADEBOT_"


settings = Settings()
