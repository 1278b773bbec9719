from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    limits_url: str = "https://limits.risk.example.com"
    verify_limits: bool = False
    ca_path: str = "/etc/risk/ca.pem"


settings = Settings(_env_file=".env")
