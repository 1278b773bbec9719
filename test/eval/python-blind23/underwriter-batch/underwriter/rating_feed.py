"""Consumes reinsurer rating updates."""
import os

from kafka import KafkaConsumer


def rating_consumer() -> KafkaConsumer:
    return KafkaConsumer(
        "ratings.v2",
        bootstrap_servers=os.environ["KAFKA_BROKERS"],
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_plain_username="underwriter",
        sasl_plain_password=os.environ["KAFKA_PASSWORD"],
    )


def catastrophe_consumer() -> KafkaConsumer:
    return KafkaConsumer(
        "cat-events",
        bootstrap_servers="kafka-cat.reinsurer.example.com:9093",
        security_protocol="SSL",
        ssl_cafile="/etc/ssl/certs/reinsurer-ca.pem",
        ssl_ciphers="DEFAULT:@SECLEVEL=0",
    )
