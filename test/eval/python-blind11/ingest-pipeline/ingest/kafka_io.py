import json

from confluent_kafka import Producer
from kafka import KafkaConsumer, KafkaProducer

from .settings import KAFKA_BROKERS

CA = "/etc/kafka/ca.pem"


def producer():
    return KafkaProducer(
        bootstrap_servers=KAFKA_BROKERS,
        security_protocol="SSL",
        ssl_cafile=CA,
        ssl_check_hostname=True,
        value_serializer=lambda v: json.dumps(v).encode(),
    )


def audit_consumer(password):
    return KafkaConsumer(
        "audit",
        bootstrap_servers=KAFKA_BROKERS,
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_plain_username="ingest",
        sasl_plain_password=password,
        group_id="ingest-audit",
    )


def metrics_consumer():
    return KafkaConsumer("metrics", bootstrap_servers=KAFKA_BROKERS, security_protocol="SSL", ssl_cafile=CA, ssl_check_hostname=False)


def dev_consumer(password):
    return KafkaConsumer(
        "events",
        bootstrap_servers="localhost:9092",
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="PLAIN",
        sasl_plain_username="dev",
        sasl_plain_password=password,
    )


def export_producer(secret):
    conf = {
        "bootstrap.servers": KAFKA_BROKERS,
        "security.protocol": "SASL_SSL",
        "sasl.mechanisms": "PLAIN",
        "sasl.username": "ingest-export",
        "sasl.password": secret,
        "ssl.ca.location": CA,
        "ssl.cipher.suites": "ECDHE-RSA-AES256-GCM-SHA384:DES-CBC3-SHA",
    }
    return Producer(conf)
