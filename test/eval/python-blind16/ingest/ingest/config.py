import os
from dataclasses import dataclass


@dataclass
class IngestSettings:
    kafka_brokers: str = os.environ.get("KAFKA_BROKERS", "kafka-1.example.com:9093,kafka-2.example.com:9093")
    kafka_user: str = os.environ.get("KAFKA_USER", "ingest")
    kafka_password: str = os.environ.get("KAFKA_PASSWORD", "")
    kafka_ca: str = "/etc/ingest/kafka-ca.pem"
    es_url: str = "https://search.example.com:9200"
    es_verify_certs: bool = False
    es_ca: str = "/etc/ingest/es-ca.pem"
    mongo_uri: str = os.environ.get("MONGO_URI", "mongodb://mongo-1.example.com:27017/ingest")
    redis_host: str = "cache.example.com"


settings = IngestSettings()
