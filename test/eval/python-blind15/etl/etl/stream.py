"""Kafka ingestion: click stream in, enriched events out."""
import json
import os

from confluent_kafka import Producer
from kafka import KafkaConsumer

from etl.config import settings

SASL_USER = os.environ.get("KAFKA_USER", "etl")
SASL_PASSWORD = os.environ.get("KAFKA_PASSWORD", "")


def clickstream_consumer():
    return KafkaConsumer(
        "clickstream",
        bootstrap_servers=settings.kafka_brokers.split(","),
        group_id="etl-clickstream",
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="PLAIN",
        sasl_plain_username=SASL_USER,
        sasl_plain_password=SASL_PASSWORD,
        value_deserializer=lambda v: json.loads(v),
    )


def orders_consumer():
    return KafkaConsumer(
        "orders",
        bootstrap_servers=["kafka-1.data.internal:9093"],
        security_protocol="SSL",
        ssl_cafile="/etc/pki/kafka-ca.pem",
        ssl_check_hostname=False,
    )


def audit_consumer():
    return KafkaConsumer(
        "audit",
        bootstrap_servers=["kafka-1.data.internal:9093"],
        security_protocol="SASL_SSL",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_plain_username=SASL_USER,
        sasl_plain_password=SASL_PASSWORD,
        ssl_cafile="/etc/pki/kafka-ca.pem",
        ssl_ciphers="ECDHE-RSA-AES256-GCM-SHA384:RC4-SHA",
    )


def dev_consumer():
    return KafkaConsumer(
        "clickstream",
        bootstrap_servers="localhost:9092",
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="PLAIN",
        sasl_plain_username="dev",
        sasl_plain_password="dev",
    )


def enriched_producer():
    conf = {
        "bootstrap.servers": "kafka-1.data.internal:9093",
        "security.protocol": "SASL_SSL",
        "sasl.mechanisms": "SCRAM-SHA-512",
        "sasl.username": SASL_USER,
        "sasl.password": SASL_PASSWORD,
        "ssl.ca.location": "/etc/pki/kafka-ca.pem",
        "ssl.cipher.suites": "ECDHE-RSA-AES128-GCM-SHA256:EXP-RC4-MD5",
    }
    return Producer(conf)


def partner_producer():
    return Producer({
        "bootstrap.servers": "broker.partner.example.com:9094",
        "security.protocol": "SASL_SSL",
        "sasl.mechanisms": "PLAIN",
        "sasl.username": SASL_USER,
        "sasl.password": SASL_PASSWORD,
        "enable.ssl.certificate.verification": "false",
    })
