from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GATEWAY_", env_file=".env", extra="ignore")

    partner_base_url: str = "https://partners.example.com/api/v2"
    partner_verify_ssl: bool = False
    billing_base_url: str = "https://billing.internal.example.com"
    billing_ca_bundle: str = "/etc/ssl/certs/billing-ca.pem"
    geo_base_url: str = "https://geo.example.net"
    search_url: str = "https://search.internal.example.com:9200"
    metrics_url: str = "http://127.0.0.1:9102"
    request_timeout: float = 10.0


settings = Settings()
