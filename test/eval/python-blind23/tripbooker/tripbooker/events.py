"""Booking events to Kafka."""
import os

from aiokafka import AIOKafkaProducer
from confluent_kafka import Producer
from kafka import KafkaProducer

BROKERS = "kafka-1.trips.example.com:9093,kafka-2.trips.example.com:9093"


def booking_producer() -> KafkaProducer:
    return KafkaProducer(
        bootstrap_servers=BROKERS,
        security_protocol="SSL",
        ssl_cafile="/etc/ssl/certs/kafka-ca.pem",
        ssl_check_hostname=False,
    )


def search_producer() -> KafkaProducer:
    return KafkaProducer(
        bootstrap_servers=BROKERS,
        security_protocol="SASL_SSL",
        ssl_cafile="/etc/ssl/certs/kafka-ca.pem",
        ssl_check_hostname=True,
        sasl_mechanism="PLAIN",
        sasl_plain_username="search",
        sasl_plain_password=os.environ["KAFKA_SEARCH_PASSWORD"],
    )


def audit_producer() -> Producer:
    return Producer({
        "bootstrap.servers": "kafka-audit.trips.example.com:9092",
        "security.protocol": "SASL_PLAINTEXT",
        "sasl.mechanisms": "PLAIN",
        "sasl.username": "audit",
        "sasl.password": os.environ["KAFKA_AUDIT_PASSWORD"],
    })


def dev_producer() -> AIOKafkaProducer:
    return AIOKafkaProducer(
        bootstrap_servers="localhost:9092",
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="PLAIN",
        sasl_plain_username="dev",
        sasl_plain_password="dev",
    )
