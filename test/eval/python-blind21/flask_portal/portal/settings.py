from pydantic_settings import BaseSettings


class ServiceSettings(BaseSettings):
    idp_url: str = "https://idp.example.com"
    idp_verify: bool = True
    webhook_url: str = "https://hooks.partner.example.net/portal"
    webhook_verify: bool = False
    debug: bool = False


settings = ServiceSettings()
settings.webhook_verify = True
