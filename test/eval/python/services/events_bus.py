import os

from aiokafka import AIOKafkaProducer
from confluent_kafka import Consumer

KAFKA = {
    "bootstrap.servers": os.environ["KAFKA_BROKERS"],
    "group.id": "billing",
    "security.protocol": "SASL_PLAINTEXT",  # expect: no-plaintext-downgrade
    "sasl.mechanisms": "SCRAM-SHA-256",
    "sasl.username": os.environ["KAFKA_USER"],
    "sasl.password": os.environ["KAFKA_PASSWORD"],
}


def consumer():
    return Consumer(KAFKA)


async def producer():
    p = AIOKafkaProducer(
        bootstrap_servers="kafka.events.example.com:9093",
        security_protocol="SASL_SSL",
        sasl_mechanism="PLAIN",
        sasl_plain_username=os.environ["KAFKA_USER"],
        sasl_plain_password=os.environ["KAFKA_PASSWORD"],
    )
    await p.start()
    return p
