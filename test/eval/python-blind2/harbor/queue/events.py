"""Kafka producers/consumers for container events."""
import os

from kafka import KafkaConsumer, KafkaProducer

BROKERS = ["kafka-1.prod.harbor.example.net:9093", "kafka-2.prod.harbor.example.net:9093"]

COMMON = {
    "bootstrap_servers": BROKERS,
    "security_protocol": "SASL_PLAINTEXT",
    "sasl_mechanism": "PLAIN",
    "sasl_plain_username": os.environ.get("KAFKA_USER", "harbor"),
    "sasl_plain_password": os.environ.get("KAFKA_PASSWORD", ""),
}


def producer():
    return KafkaProducer(**COMMON)


def consumer(topic):
    return KafkaConsumer(
        topic,
        bootstrap_servers=BROKERS,
        security_protocol="SASL_SSL",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_plain_username="harbor",
        sasl_plain_password=os.environ["KAFKA_PASSWORD"],
        ssl_cafile="/etc/harbor/kafka-ca.pem",
        ssl_check_hostname=False,
    )


def dev_producer():
    return KafkaProducer(
        bootstrap_servers="localhost:9092",
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="PLAIN",
        sasl_plain_username="dev",
        sasl_plain_password="dev",
    )
