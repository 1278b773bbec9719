import json
import ssl

from confluent_kafka import Producer
from kafka import KafkaProducer

from .. import settings


def producer():
    return KafkaProducer(
        bootstrap_servers=settings.KAFKA_BROKERS.split(","),
        security_protocol="SASL_SSL",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_plain_username=settings.KAFKA_USER,
        sasl_plain_password=settings.KAFKA_PASSWORD,
        ssl_cafile="/etc/logship/kafka-ca.pem",
        ssl_check_hostname=True,
        value_serializer=lambda v: json.dumps(v).encode(),
    )


def dmz_producer():
    return KafkaProducer(
        bootstrap_servers=["kafka-dmz.acme.net:9093"],
        security_protocol="SSL",
        ssl_cafile="/etc/logship/dmz-ca.pem",
        ssl_check_hostname=False,
        ssl_ciphers=settings.DMZ_CIPHERS,
    )


def audit_producer():
    conf = {
        "bootstrap.servers": "audit-kafka.acme.internal:9092",
        "security.protocol": "SASL_PLAINTEXT",
        "sasl.mechanisms": "PLAIN",
        "sasl.username": settings.KAFKA_USER,
        "sasl.password": settings.KAFKA_PASSWORD,
    }
    return Producer(conf)


def local_producer():
    return KafkaProducer(bootstrap_servers="localhost:9092", security_protocol="SASL_PLAINTEXT", sasl_mechanism="PLAIN", sasl_plain_username="dev", sasl_plain_password="dev")


def metrics_producer():
    ctx = ssl.create_default_context(cafile="/etc/logship/kafka-ca.pem")
    return KafkaProducer(bootstrap_servers=settings.KAFKA_BROKERS.split(","), security_protocol="SSL", ssl_context=ctx)
