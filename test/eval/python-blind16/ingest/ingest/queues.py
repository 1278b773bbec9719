import json
import ssl

from confluent_kafka import Consumer, Producer
from kafka import KafkaConsumer, KafkaProducer

from .config import settings


def producer() -> KafkaProducer:
    return KafkaProducer(
        bootstrap_servers=settings.kafka_brokers.split(","),
        security_protocol="SASL_SSL",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_plain_username=settings.kafka_user,
        sasl_plain_password=settings.kafka_password,
        ssl_cafile=settings.kafka_ca,
        value_serializer=lambda v: json.dumps(v).encode(),
    )


def legacy_consumer(topic: str) -> KafkaConsumer:
    return KafkaConsumer(
        topic,
        bootstrap_servers="kafka-legacy.example.com:9092",
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="PLAIN",
        sasl_plain_username=settings.kafka_user,
        sasl_plain_password=settings.kafka_password,
        group_id="ingest-legacy",
    )


def dr_consumer(topic: str) -> KafkaConsumer:
    return KafkaConsumer(
        topic,
        bootstrap_servers="kafka-dr.example.com:9093",
        security_protocol="SSL",
        ssl_cafile=settings.kafka_ca,
        ssl_check_hostname=False,
        group_id="ingest-dr",
    )


def metrics_producer() -> Producer:
    return Producer({
        "bootstrap.servers": "metrics-kafka.example.com:9092",
        "security.protocol": "SASL_PLAINTEXT",
        "sasl.mechanisms": "PLAIN",
        "sasl.username": settings.kafka_user,
        "sasl.password": settings.kafka_password,
    })


def local_consumer() -> Consumer:
    return Consumer({
        "bootstrap.servers": "localhost:9092",
        "security.protocol": "SASL_PLAINTEXT",
        "sasl.mechanisms": "PLAIN",
        "sasl.username": "dev",
        "sasl.password": "dev",
        "group.id": "dev",
    })


def secure_consumer() -> Consumer:
    return Consumer({
        "bootstrap.servers": settings.kafka_brokers,
        "security.protocol": "SASL_SSL",
        "ssl.ca.location": settings.kafka_ca,
        "ssl.endpoint.identification.algorithm": "https",
        "group.id": "ingest",
    })
