import os
from dataclasses import dataclass

import yaml


@dataclass(frozen=True)
class WarehouseConfig:
    host: str = "dw.analytics.example.com"
    port: int = 5432
    dbname: str = "warehouse"
    user: str = "etl"
    sslmode: str = "verify-full"
    sslrootcert: str = "/etc/ssl/certs/dw-ca.pem"


@dataclass(frozen=True)
class KafkaConfig:
    bootstrap_servers: str = "kafka-1.analytics.example.com:9093,kafka-2.analytics.example.com:9093"
    security_protocol: str = "SASL_SSL"
    sasl_mechanism: str = "SCRAM-SHA-512"
    ssl_cafile: str = "/etc/ssl/certs/kafka-ca.pem"


def load(path=None):
    path = path or os.environ.get("ETL_CONFIG", "/etc/etl/pipeline.yaml")
    with open(path) as fh:
        raw = yaml.safe_load(fh) or {}
    return WarehouseConfig(**raw.get("warehouse", {})), KafkaConfig(**raw.get("kafka", {}))


REPORTING_DSN = "host=reporting-db.analytics.example.com dbname=reporting user=etl sslmode=require"
