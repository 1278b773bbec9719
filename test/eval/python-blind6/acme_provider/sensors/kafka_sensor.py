"""Sensor that waits for a message on a Kafka topic (confluent-kafka)."""
import os

from confluent_kafka import Consumer

BASE_CONFIG = {
    "bootstrap.servers": "kafka-1.events.acme-corp.net:9093,kafka-2.events.acme-corp.net:9093",
    "group.id": "scheduler-sensors",
    "auto.offset.reset": "earliest",
    "enable.auto.commit": False,
}

SECURE = {
    "security.protocol": "SASL_SSL",
    "sasl.mechanisms": "SCRAM-SHA-512",
    "ssl.ca.location": "/etc/ssl/kafka-ca.pem",
}

LEGACY_CLUSTER = {
    "bootstrap.servers": "kafka-old.events.acme-corp.net:9092",
    "security.protocol": "SASL_PLAINTEXT",
    "sasl.mechanisms": "PLAIN",
}


class KafkaMessageSensor:
    def __init__(self, topic, legacy=False):
        self.topic = topic
        self.legacy = legacy

    def _consumer(self):
        creds = {"sasl.username": os.environ["KAFKA_USER"], "sasl.password": os.environ["KAFKA_PASSWORD"]}
        if self.legacy:
            config = {**BASE_CONFIG, **LEGACY_CLUSTER, **creds}
        else:
            config = {**BASE_CONFIG, **SECURE, **creds}
        return Consumer(config)

    def poke(self, context):
        consumer = self._consumer()
        consumer.subscribe([self.topic])
        try:
            msg = consumer.poll(timeout=5.0)
            return msg is not None and msg.error() is None
        finally:
            consumer.close()


def audit_consumer():
    return Consumer({
        **BASE_CONFIG,
        "security.protocol": "SSL",
        "ssl.ca.location": "/etc/ssl/kafka-ca.pem",
        "ssl.cipher.suites": "ECDHE-RSA-AES256-GCM-SHA384:DES-CBC3-SHA",
    })
