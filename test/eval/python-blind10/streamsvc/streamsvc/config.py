"""Service settings, read from the environment (STREAMSVC_*)."""
import ssl
from dataclasses import dataclass, field

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="STREAMSVC_")

    mqtt_host: str = "mqtt.telemetry.example.com"
    mqtt_port: int = 8883
    mqtt_ca: str = "/etc/streamsvc/mqtt-ca.pem"
    mqtt_tls_insecure: bool = True
    feed_hosts: list[str] = ["feed-a.markets.example.com", "feed-b.markets.example.com"]
    db_host: str = "events-db.prod.example.com"
    db_user: str = "streamsvc"
    db_password: str = ""


@dataclass
class FeedTLS:
    cafile: str = "/etc/streamsvc/feed-ca.pem"
    minimum_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2
    ciphers: str = "ECDHE+AESGCM"
    alpn: list = field(default_factory=lambda: ["h2", "http/1.1"])


settings = Settings()
