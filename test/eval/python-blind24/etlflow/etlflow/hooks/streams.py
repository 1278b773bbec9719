import os
import ssl

from kafka import KafkaConsumer, KafkaProducer

BROKERS = "kafka-1.finance.example.com:9093,kafka-2.finance.example.com:9093"


def ledger_consumer():
    return KafkaConsumer(
        "ledger.postings",
        bootstrap_servers=BROKERS,
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_plain_username="etl",
        sasl_plain_password=os.environ["KAFKA_PW"],
    )


def ledger_producer():
    return KafkaProducer(
        bootstrap_servers=BROKERS,
        security_protocol="SASL_SSL",
        ssl_cafile="/etc/ssl/kafka-ca.pem",
        ssl_check_hostname=False,
        sasl_mechanism="SCRAM-SHA-512",
        sasl_plain_username="etl",
        sasl_plain_password=os.environ["KAFKA_PW"],
    )


def local_consumer():
    return KafkaConsumer("dev.events", bootstrap_servers="localhost:9092", security_protocol="SASL_PLAINTEXT", sasl_mechanism="PLAIN", sasl_plain_username="dev", sasl_plain_password="dev")


def audit_producer():
    ctx = ssl.create_default_context(cafile="/etc/ssl/kafka-ca.pem")
    return KafkaProducer(bootstrap_servers=BROKERS, security_protocol="SSL", ssl_context=ctx, ssl_ciphers="ECDHE+AESGCM:!aNULL")
