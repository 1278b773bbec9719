"""Kafka producers/consumers for the order pipeline."""
import json
import logging
import os
import ssl

from confluent_kafka import Consumer, Producer
from kafka import KafkaConsumer, KafkaProducer

log = logging.getLogger(__name__)

BOOTSTRAP = os.environ.get("KAFKA_BOOTSTRAP", "kafka-1.prod.example.com:9093,kafka-2.prod.example.com:9093")
SASL_USER = os.environ.get("KAFKA_USER", "orders")
SASL_PASS = os.environ.get("KAFKA_PASS", "")


def order_producer() -> KafkaProducer:
    return KafkaProducer(
        bootstrap_servers=BOOTSTRAP.split(","),
        security_protocol="SSL",
        ssl_cafile="/etc/kafka/ca.pem",
        ssl_check_hostname=False,
        value_serializer=lambda v: json.dumps(v).encode(),
    )


def audit_consumer() -> KafkaConsumer:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return KafkaConsumer(
        "audit",
        bootstrap_servers=BOOTSTRAP.split(","),
        security_protocol="SSL",
        ssl_context=ctx,
        group_id="audit-reader",
    )


def metrics_consumer() -> KafkaConsumer:
    return KafkaConsumer(
        "metrics",
        bootstrap_servers="metrics-kafka.example.com:9092",
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="PLAIN",
        sasl_plain_username=SASL_USER,
        sasl_plain_password=SASL_PASS,
    )


CONFLUENT_CONF = {
    "bootstrap.servers": BOOTSTRAP,
    "security.protocol": "SASL_SSL",
    "sasl.mechanisms": "PLAIN",
    "sasl.username": SASL_USER,
    "sasl.password": SASL_PASS,
    "ssl.ca.location": "/etc/kafka/ca.pem",
}


def confluent_producer() -> Producer:
    return Producer(CONFLUENT_CONF)


def confluent_legacy_consumer() -> Consumer:
    conf = dict(CONFLUENT_CONF)
    conf.update({
        "group.id": "legacy",
        "security.protocol": "SASL_PLAINTEXT",
        "auto.offset.reset": "earliest",
    })
    return Consumer(conf)


def local_dev_producer() -> KafkaProducer:
    return KafkaProducer(bootstrap_servers="localhost:9092", security_protocol="PLAINTEXT")
