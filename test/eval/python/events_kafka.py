import os

from confluent_kafka import Producer
from kafka import KafkaConsumer

BROKERS = ["kafka-1.events.example.com:9092", "kafka-2.events.example.com:9092"]


def consumer():
    return KafkaConsumer(
        "orders",
        bootstrap_servers=BROKERS,
        security_protocol="SASL_PLAINTEXT",  # expect: no-plaintext-downgrade
        sasl_mechanism="SCRAM-SHA-512",
        sasl_plain_username="orders-svc",
        sasl_plain_password=os.environ["KAFKA_PASSWORD"],
    )


def producer():
    conf = {
        "bootstrap.servers": ",".join(BROKERS),
        "security.protocol": "SASL_SSL",
        "sasl.mechanisms": "PLAIN",
        "sasl.username": "orders-svc",
        "sasl.password": os.environ["KAFKA_PASSWORD"],
    }
    return Producer(conf)


def local_consumer():
    # docker-compose broker for development
    return KafkaConsumer("orders", bootstrap_servers="localhost:9092", security_protocol="PLAINTEXT")
