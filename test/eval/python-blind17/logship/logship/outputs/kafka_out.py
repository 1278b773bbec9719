import os

from confluent_kafka import Producer
from kafka import KafkaProducer

KAFKA_USER = os.environ.get("LOGSHIP_KAFKA_USER", "logship")
KAFKA_PASSWORD = os.environ.get("LOGSHIP_KAFKA_PASSWORD", "")


def siem_producer():
    return KafkaProducer(
        bootstrap_servers=["kafka-1.siem.example.com:9092", "kafka-2.siem.example.com:9092"],
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_plain_username=KAFKA_USER,
        sasl_plain_password=KAFKA_PASSWORD,
    )


def dmz_producer(ca_file):
    return KafkaProducer(
        bootstrap_servers="10.20.0.15:9093",
        security_protocol="SSL",
        ssl_cafile=ca_file,
        ssl_check_hostname=False,
    )


def cloud_producer(ca_file):
    return Producer({
        "bootstrap.servers": "pkc-0001.eu-west-1.aws.confluent.cloud:9092",
        "security.protocol": "SASL_SSL",
        "sasl.mechanisms": "PLAIN",
        "sasl.username": KAFKA_USER,
        "sasl.password": KAFKA_PASSWORD,
        "ssl.ca.location": ca_file,
    })


def dev_producer():
    return KafkaProducer(bootstrap_servers="localhost:9092", security_protocol="SASL_PLAINTEXT", sasl_mechanism="PLAIN", sasl_plain_username="dev", sasl_plain_password="dev")
