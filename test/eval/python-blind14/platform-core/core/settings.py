from pydantic import BaseModel
from pydantic_settings import BaseSettings, SettingsConfigDict


class DatabaseSettings(BaseModel):
    host: str = "core-db.prod.example.com"
    port: int = 5432
    name: str = "core"
    user: str = "core"
    password: str = ""
    sslmode: str = "verify-full"
    sslrootcert: str = "/etc/ssl/certs/rds-ca.pem"


class SearchSettings(BaseModel):
    hosts: list[str] = ["https://search.prod.example.com:9200"]
    ca_certs: str = "/etc/ssl/certs/es-ca.pem"
    verify_certs: bool = True


class MongoSettings(BaseModel):
    uri: str = "mongodb+srv://core@cluster0.prod.example.com/core"
    ca_file: str = "/etc/ssl/certs/atlas-ca.pem"


class AppSettings(BaseSettings):
    model_config = SettingsConfigDict(env_nested_delimiter="__", env_prefix="CORE_")

    db: DatabaseSettings = DatabaseSettings()
    search: SearchSettings = SearchSettings()
    mongo: MongoSettings = MongoSettings()
    ca_bundle: str = "/etc/ssl/certs/ca-certificates.crt"
    amqp_url: str = "amqps://core@mq.prod.example.com:5671/"
    audit_api_url: str = "https://audit.prod.example.com"
    audit_verify_tls: bool = True
    geo_api_url: str = "https://geo.vendor.example.com"
    geo_api_verify: bool = False
    s3_endpoint: str | None = None


settings = AppSettings()
