from pydantic_settings import BaseSettings


class OperatorSettings(BaseSettings):
    namespace: str = "cert-system"
    registry_url: str = "https://registry.internal.example.com"
    registry_verify_tls: bool = False
    webhook_ca_bundle: str = "/var/run/secrets/certop/webhook-ca.pem"
    vault_addr: str = "https://vault.internal.example.com:8200"
    vault_verify: bool = True
    resync_seconds: int = 300

    class Config:
        env_prefix = "CERTOP_"


settings = OperatorSettings()
