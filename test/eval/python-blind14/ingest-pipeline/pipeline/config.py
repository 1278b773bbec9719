import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class SinkConfig:
    es_hosts: list[str] = field(default_factory=lambda: ["https://search-1.data.example.com:9200"])
    es_ca_certs: str = "/etc/ssl/certs/es-http-ca.pem"
    es_verify_certs: bool = True
    mongo_uri: str = "mongodb://etl@mongo-1.data.example.com,mongo-2.data.example.com/?replicaSet=rs0&tls=true"
    mongo_ca_file: str = "/etc/ssl/certs/mongo-ca.pem"
    s3_bucket: str = "raw-events"
    warehouse_host: str = "warehouse.data.example.com"


@dataclass(frozen=True)
class SourceConfig:
    brokers: str = os.environ.get("KAFKA_BROKERS", "b-1.msk.data.example.com:9096")
    sasl_username: str = os.environ.get("KAFKA_USER", "ingest")
    sasl_password: str = os.environ.get("KAFKA_PASSWORD", "")
    ca_location: str = "/etc/ssl/certs/msk-ca.pem"


SINKS = SinkConfig()
SOURCES = SourceConfig()
