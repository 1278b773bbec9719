"""Order events consumer (confluent-kafka) and the audit tail (kafka-python)."""
import os

from confluent_kafka import Consumer
from kafka import KafkaConsumer

BROKERS = "kafka-0.harbor.example:9093,kafka-1.harbor.example:9093"

BASE_CONFIG = {
    "bootstrap.servers": BROKERS,
    "group.id": "orders-projector",
    "auto.offset.reset": "earliest",
}

SECURE_CONFIG = {
    **BASE_CONFIG,
    "security.protocol": "SASL_SSL",
    "sasl.mechanisms": "SCRAM-SHA-512",
    "ssl.ca.location": "/etc/harbor/kafka-ca.pem",
}

LEGACY_CONFIG = {
    **BASE_CONFIG,
    "security.protocol": "SASL_PLAINTEXT",
    "sasl.mechanisms": "PLAIN",
    "sasl.username": os.environ.get("KAFKA_USER", "orders"),
    "sasl.password": os.environ.get("KAFKA_PASSWORD", ""),
}

EXPORT_CONFIG = {
    **SECURE_CONFIG,
    "ssl.cipher.suites": "EXP-RC4-MD5:DES-CBC3-SHA",
}


def make_consumer(legacy=False):
    conf = LEGACY_CONFIG if legacy else SECURE_CONFIG
    c = Consumer(conf)
    c.subscribe(["orders"])
    return c


def export_consumer():
    return Consumer(EXPORT_CONFIG)


def audit_tail():
    return KafkaConsumer(
        "audit",
        bootstrap_servers=BROKERS.split(","),
        security_protocol="SSL",
        ssl_cafile="/etc/harbor/kafka-ca.pem",
        ssl_check_hostname=False,
    )
