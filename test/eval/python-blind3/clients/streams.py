"""Kafka producers/consumers for the order event stream."""
import os

from confluent_kafka import Producer
from kafka import KafkaConsumer, KafkaProducer

BROKERS = "kafka-1.events.example.com:9093,kafka-2.events.example.com:9093"
SASL_USER = os.environ.get("KAFKA_USER", "orders")
SASL_PASSWORD = os.environ.get("KAFKA_PASSWORD", "")

PRODUCER_DEFAULTS = {
    "bootstrap_servers": BROKERS.split(","),
    "security_protocol": "SASL_PLAINTEXT",
    "sasl_mechanism": "SCRAM-SHA-512",
    "sasl_plain_username": SASL_USER,
    "sasl_plain_password": SASL_PASSWORD,
    "acks": "all",
}


def order_producer():
    return KafkaProducer(**PRODUCER_DEFAULTS)


def audit_consumer(group):
    return KafkaConsumer(
        "audit",
        bootstrap_servers=BROKERS.split(","),
        group_id=group,
        security_protocol="SSL",
        ssl_cafile="/etc/kafka/ca.pem",
        ssl_check_hostname=False,
    )


def dev_consumer():
    # docker-compose broker on this machine
    return KafkaConsumer(
        "orders",
        bootstrap_servers="localhost:9092",
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="PLAIN",
        sasl_plain_username="dev",
        sasl_plain_password="dev",
    )


def metrics_producer():
    conf = {
        "bootstrap.servers": BROKERS,
        "security.protocol": "SSL",
        "ssl.ca.location": "/etc/kafka/ca.pem",
        "ssl.cipher.suites": "DES-CBC3-SHA:AES128-SHA",
    }
    return Producer(conf)
