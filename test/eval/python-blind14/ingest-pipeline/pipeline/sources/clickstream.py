import json
import logging

from confluent_kafka import Consumer, KafkaError

from pipeline.config import SOURCES

log = logging.getLogger(__name__)

CONSUMER_CONF = {
    "bootstrap.servers": SOURCES.brokers,
    "group.id": "ingest-clickstream",
    "security.protocol": "SASL_SSL",
    "sasl.mechanisms": "SCRAM-SHA-512",
    "sasl.username": SOURCES.sasl_username,
    "sasl.password": SOURCES.sasl_password,
    "ssl.ca.location": SOURCES.ca_location,
    "ssl.cipher.suites": "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256",
    "auto.offset.reset": "earliest",
}

PARTNER_CONF = {
    "bootstrap.servers": "kafka.partner-feeds.example.org:9094",
    "group.id": "ingest-partner",
    "security.protocol": "SASL_PLAINTEXT",
    "sasl.mechanisms": "PLAIN",
    "sasl.username": "acme-ingest",
    "sasl.password": SOURCES.sasl_password,
}


def consume(conf: dict, topic: str):
    consumer = Consumer(conf)
    consumer.subscribe([topic])
    try:
        while True:
            msg = consumer.poll(1.0)
            if msg is None:
                continue
            if msg.error() and msg.error().code() != KafkaError._PARTITION_EOF:
                log.error("kafka error: %s", msg.error())
                continue
            yield json.loads(msg.value())
    finally:
        consumer.close()


def clickstream():
    return consume(CONSUMER_CONF, "web.clickstream")


def partner_feed():
    return consume(PARTNER_CONF, "partner.events")
