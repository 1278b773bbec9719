"""Kafka producers/consumers (kafka-python)."""
from kafka import KafkaConsumer, KafkaProducer

from .tlsdefaults import *  # noqa: F401,F403

BROKERS = ["kafka-1.platform.example.com:9093", "kafka-2.platform.example.com:9093"]


def producer():
    return KafkaProducer(
        bootstrap_servers=BROKERS,
        security_protocol="SSL",
        ssl_cafile=INTERNAL_CA,  # noqa: F405
        ssl_check_hostname=False,
        ssl_ciphers=KAFKA_CIPHERS,  # noqa: F405
    )


def legacy_producer():
    return KafkaProducer(
        bootstrap_servers=["kafka-legacy.platform.example.com:9093"],
        security_protocol="SSL",
        ssl_cafile=INTERNAL_CA,  # noqa: F405
        ssl_ciphers=LEGACY_KAFKA_CIPHERS,  # noqa: F405
    )


def audit_consumer(password):
    return KafkaConsumer(
        "audit",
        bootstrap_servers=BROKERS,
        security_protocol="SASL_SSL",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_plain_username="audit",
        sasl_plain_password=password,
        ssl_cafile=INTERNAL_CA,  # noqa: F405
    )


def dev_consumer(password):
    return KafkaConsumer(
        "audit",
        bootstrap_servers="localhost:9092",
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="PLAIN",
        sasl_plain_username="dev",
        sasl_plain_password=password,
    )


def metrics_consumer(password):
    return KafkaConsumer(
        "metrics",
        bootstrap_servers="kafka-metrics.platform.example.com:9092",
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="SCRAM-SHA-256",
        sasl_plain_username="metrics",
        sasl_plain_password=password,
    )
