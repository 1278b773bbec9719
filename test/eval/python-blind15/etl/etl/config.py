"""Pipeline configuration, read by every job module."""
import os
from dataclasses import dataclass


@dataclass
class PipelineSettings:
    warehouse_host: str = os.environ.get("DW_HOST", "dw-primary.data.internal")
    es_hosts: tuple = ("https://es01.data.internal:9200", "https://es02.data.internal:9200")
    es_verify_certs: bool = False
    es_ca_certs: str = "/etc/pki/data-ca.pem"
    kafka_brokers: str = "kafka-1.data.internal:9092,kafka-2.data.internal:9092"
    batch_size: int = 5000


settings = PipelineSettings()

MONGO_CA = "/etc/pki/mongo-ca.pem"
REDIS_CA = "/etc/pki/redis-ca.pem"
