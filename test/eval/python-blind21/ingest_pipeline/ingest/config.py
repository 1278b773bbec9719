from dataclasses import dataclass, field
from typing import List

from pydantic_settings import BaseSettings


class PipelineSettings(BaseSettings):
    pg_dsn: str = (
        "postgresql://etl@warehouse.internal:5432/etl"
        "?sslmode=verify-full&sslrootcert=/etc/ssl/certs/wh-ca.pem"
    )
    es_hosts: List[str] = ["https://es-1.internal:9200", "https://es-2.internal:9200"]
    es_verify_certs: bool = False
    mongo_allow_invalid: bool = False
    batch_size: int = 500

    class Config:
        env_prefix = "INGEST_"


settings = PipelineSettings()


@dataclass
class RedisConfig:
    host: str = "cache.internal"
    port: int = 6380
    ssl_cert_reqs: str = "required"
    ca_certs: str = "/etc/ssl/certs/redis-ca.pem"


@dataclass
class KafkaConfig:
    bootstrap: List[str] = field(default_factory=lambda: ["kafka-1.internal:9093", "kafka-2.internal:9093"])
    security_protocol: str = "SSL"
    ssl_options: dict = field(default_factory=lambda: {"ssl_check_hostname": False})
