import os

from kafka import KafkaConsumer, KafkaProducer

from .settings import KAFKA_BROKERS, KAFKA_CA

COMMON = dict(bootstrap_servers=KAFKA_BROKERS, security_protocol="SASL_SSL", sasl_mechanism="SCRAM-SHA-512", ssl_cafile=KAFKA_CA)


def consumer(topic, user, password):
    return KafkaConsumer(topic, sasl_plain_username=user, sasl_plain_password=password, **COMMON)


def producer_without_hostname_check(user, password):
    return KafkaProducer(**{**COMMON, "ssl_check_hostname": False}, sasl_plain_username=user, sasl_plain_password=password)


def legacy_producer():
    return KafkaProducer(
        bootstrap_servers="kafka-legacy.internal.example:9092",
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="PLAIN",
        sasl_plain_username="etl",
        sasl_plain_password=os.environ["LEGACY_KAFKA_PASSWORD"],
    )


def local_producer():
    return KafkaProducer(bootstrap_servers="localhost:9092", security_protocol="SASL_PLAINTEXT", sasl_mechanism="PLAIN", sasl_plain_username="dev", sasl_plain_password="dev")


def export_consumer(topic):
    return KafkaConsumer(topic, ssl_ciphers="ECDHE-RSA-AES128-GCM-SHA256:EXP-RC4-MD5", **COMMON)
