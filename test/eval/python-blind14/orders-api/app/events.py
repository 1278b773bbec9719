import os

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.helpers import create_ssl_context

from app.config import settings

_kafka_ssl = create_ssl_context(cafile="/etc/ssl/certs/msk-ca.pem")


def make_producer() -> AIOKafkaProducer:
    return AIOKafkaProducer(
        bootstrap_servers=settings.kafka_bootstrap,
        security_protocol="SASL_SSL",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_plain_username=settings.kafka_username,
        sasl_plain_password=settings.kafka_password,
        ssl_context=_kafka_ssl,
    )


def make_audit_consumer() -> AIOKafkaConsumer:
    # The audit cluster has no TLS listener yet (INFRA-2291).
    return AIOKafkaConsumer(
        "orders.audit",
        bootstrap_servers=os.environ["AUDIT_KAFKA_BOOTSTRAP"],
        group_id="orders-audit",
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="PLAIN",
        sasl_plain_username="audit",
        sasl_plain_password=os.environ["AUDIT_KAFKA_PASSWORD"],
    )


def make_local_consumer() -> AIOKafkaConsumer:
    return AIOKafkaConsumer("orders.dev", bootstrap_servers="localhost:9092", security_protocol="PLAINTEXT")
