import json

from confluent_kafka import Consumer
from kafka import KafkaConsumer

from ..settings import SETTINGS


def orders_consumer() -> KafkaConsumer:
    k = SETTINGS.kafka
    return KafkaConsumer(
        "orders",
        bootstrap_servers=k.bootstrap,
        security_protocol="SASL_SSL",
        sasl_mechanism="SCRAM-SHA-256",
        sasl_plain_username=k.username,
        sasl_plain_password=k.password,
        ssl_cafile=k.cafile,
        ssl_check_hostname=k.check_hostname,
        value_deserializer=lambda b: json.loads(b),
    )


def clicks_consumer() -> KafkaConsumer:
    k = SETTINGS.kafka
    return KafkaConsumer(
        "clicks",
        bootstrap_servers="kafka-dr.pipe.example.com:9093",
        security_protocol="SSL",
        ssl_cafile=k.cafile,
        ssl_check_hostname=False,
        ssl_ciphers="ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256",
    )


def partner_consumer() -> Consumer:
    return Consumer({
        "bootstrap.servers": "broker.partner-bus.example.net:9093",
        "group.id": "streampipe",
        "security.protocol": "SASL_SSL",
        "sasl.mechanisms": "PLAIN",
        "sasl.username": "streampipe",
        "sasl.password": SETTINGS.kafka.password,
        "ssl.ca.location": "/etc/streampipe/partner-ca.pem",
        "ssl.cipher.suites": "ECDHE-RSA-AES128-SHA:DES-CBC3-SHA",
    })


def local_consumer() -> KafkaConsumer:
    return KafkaConsumer("dev-events", bootstrap_servers="localhost:9092", security_protocol="PLAINTEXT")
