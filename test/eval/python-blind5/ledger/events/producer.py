import json
import os

from kafka import KafkaProducer

BROKERS = os.environ.get("KAFKA_BROKERS", "kafka-1.events.example.com:9093,kafka-2.events.example.com:9093").split(",")

SECURE = dict(
    security_protocol="SASL_SSL",
    sasl_mechanism="SCRAM-SHA-512",
    sasl_plain_username=os.environ.get("KAFKA_USER", "ledger"),
    sasl_plain_password=os.environ.get("KAFKA_PASSWORD", ""),
    ssl_cafile="/etc/ledger/kafka-ca.pem",
)


def secure_producer():
    return KafkaProducer(
        bootstrap_servers=BROKERS,
        value_serializer=lambda v: json.dumps(v).encode(),
        **SECURE,
    )


def partner_producer():
    return KafkaProducer(
        bootstrap_servers=["partner-kafka.example.net:9093"],
        security_protocol="SSL",
        ssl_cafile="/etc/ledger/partner-ca.pem",
        ssl_check_hostname=False,
        ssl_ciphers="ECDHE-RSA-AES128-GCM-SHA256:RC4-SHA",
    )


def analytics_producer():
    return KafkaProducer(
        bootstrap_servers=["analytics-kafka.example.com:9092"],
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="PLAIN",
        sasl_plain_username="analytics",
        sasl_plain_password=os.environ["ANALYTICS_KAFKA_PASSWORD"],
    )


def local_producer():
    return KafkaProducer(bootstrap_servers=["localhost:9092"], security_protocol="PLAINTEXT")
