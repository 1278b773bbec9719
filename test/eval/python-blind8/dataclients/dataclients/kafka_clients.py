import os

from aiokafka import AIOKafkaConsumer
from confluent_kafka import Producer
from kafka import KafkaConsumer, KafkaProducer

BROKERS = "kafka-1.prod.example.com:9093,kafka-2.prod.example.com:9093"

COMMON = dict(
    bootstrap_servers=BROKERS,
    security_protocol="SASL_PLAINTEXT",
    sasl_mechanism="SCRAM-SHA-512",
    sasl_plain_username="svc-orders",
    sasl_plain_password=os.environ.get("KAFKA_PASSWORD", ""),
)

producer = KafkaProducer(**COMMON, acks="all")

audit_consumer = KafkaConsumer(
    "audit",
    bootstrap_servers=BROKERS,
    security_protocol="SSL",
    ssl_cafile="/etc/kafka/ca.pem",
    ssl_check_hostname=False,
)

legacy_consumer = KafkaConsumer(
    "legacy",
    bootstrap_servers=BROKERS,
    security_protocol="SSL",
    ssl_cafile="/etc/kafka/ca.pem",
    ssl_ciphers="ALL:@SECLEVEL=0",
)

dev_consumer = KafkaConsumer(
    "dev",
    bootstrap_servers="localhost:9092",
    security_protocol="SASL_PLAINTEXT",
    sasl_mechanism="PLAIN",
    sasl_plain_username="dev",
    sasl_plain_password="dev",
)

confluent = Producer({
    "bootstrap.servers": BROKERS,
    "security.protocol": "SASL_SSL",
    "ssl.ca.location": "/etc/kafka/ca.pem",
    "ssl.cipher.suites": "ECDHE-RSA-AES256-GCM-SHA384:DES-CBC3-SHA",
    "sasl.mechanisms": "PLAIN",
})


async def consume_events(password):
    consumer = AIOKafkaConsumer(
        "events",
        bootstrap_servers="10.1.4.20:9092",
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="PLAIN",
        sasl_plain_username="events",
        sasl_plain_password=password,
    )
    await consumer.start()
    return consumer
