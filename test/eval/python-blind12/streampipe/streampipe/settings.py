import os
import ssl
from dataclasses import dataclass, field


@dataclass
class KafkaSettings:
    bootstrap: str = os.environ.get("KAFKA_BOOTSTRAP", "kafka-1.pipe.example.com:9093")
    username: str = os.environ.get("KAFKA_USER", "pipe")
    password: str = os.environ.get("KAFKA_PASSWORD", "")
    cafile: str = "/etc/streampipe/kafka-ca.pem"
    check_hostname: bool = True


@dataclass
class WarehouseSettings:
    url: str = "postgresql+psycopg://loader@warehouse.pipe.example.com:5432/dw?sslmode=verify-full&sslrootcert=/etc/streampipe/dw-ca.pem"
    pool_size: int = 5


@dataclass
class RedisSettings:
    host: str = "cache.pipe.example.com"
    port: int = 6380
    cert_reqs: str = "required"
    min_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2


@dataclass
class Settings:
    kafka: KafkaSettings = field(default_factory=KafkaSettings)
    warehouse: WarehouseSettings = field(default_factory=WarehouseSettings)
    redis: RedisSettings = field(default_factory=RedisSettings)


SETTINGS = Settings()
