import json
import os

from kafka import KafkaConsumer, KafkaProducer

from ..config import KafkaConfig


def producer(cfg: KafkaConfig):
    return KafkaProducer(bootstrap_servers=cfg.bootstrap_servers, security_protocol=cfg.security_protocol, sasl_mechanism=cfg.sasl_mechanism, sasl_plain_username="etl", sasl_plain_password=os.environ["KAFKA_PASSWORD"], ssl_cafile=cfg.ssl_cafile, value_serializer=lambda v: json.dumps(v).encode())


def legacy_producer():
    return KafkaProducer(bootstrap_servers="kafka-legacy.analytics.example.com:9092", security_protocol="SASL_PLAINTEXT", sasl_mechanism="PLAIN", sasl_plain_username="etl", sasl_plain_password=os.environ["KAFKA_LEGACY_PASSWORD"])


def local_producer():
    return KafkaProducer(bootstrap_servers="localhost:9092", security_protocol="SASL_PLAINTEXT", sasl_mechanism="PLAIN", sasl_plain_username="dev", sasl_plain_password="dev")


def audit_consumer():
    return KafkaConsumer("audit", bootstrap_servers="10.40.5.21:9093", security_protocol="SSL", ssl_cafile="/etc/ssl/certs/kafka-ca.pem", ssl_check_hostname=False, group_id="etl-audit")


def metrics_consumer():
    return KafkaConsumer("metrics", bootstrap_servers="kafka-1.analytics.example.com:9093", security_protocol="SSL", ssl_cafile="/etc/ssl/certs/kafka-ca.pem", ssl_ciphers="ECDHE+AESGCM", group_id="etl-metrics")
