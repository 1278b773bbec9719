import os

from confluent_kafka import Producer
from kafka import KafkaConsumer, KafkaProducer

BROKERS = os.environ.get("KAFKA_BROKERS", "kafka-1.internal.example.com:9093").split(",")
CA = "/etc/ledger/kafka-ca.pem"


def producer():
    return KafkaProducer(bootstrap_servers=BROKERS, security_protocol="SASL_SSL", sasl_mechanism="SCRAM-SHA-512", sasl_plain_username="ledger", sasl_plain_password=os.environ["KAFKA_PASSWORD"], ssl_cafile=CA)


def audit_consumer():
    return KafkaConsumer("ledger.audit", bootstrap_servers="kafka-audit.internal.example.com:9092", security_protocol="SASL_PLAINTEXT", sasl_mechanism="PLAIN", sasl_plain_username="ledger", sasl_plain_password=os.environ["KAFKA_PASSWORD"])


def fx_producer():
    return KafkaProducer(bootstrap_servers=BROKERS, security_protocol="SSL", ssl_cafile=CA, ssl_check_hostname=False)


def local_consumer():
    return KafkaConsumer("ledger.dev", bootstrap_servers="localhost:9092", security_protocol="SASL_PLAINTEXT", sasl_mechanism="PLAIN", sasl_plain_username="dev", sasl_plain_password="dev")


def confluent_producer():
    conf = {
        "bootstrap.servers": "pkc-4nym6.eu-west-1.aws.confluent.cloud:9092",
        "security.protocol": "SASL_SSL",
        "sasl.mechanisms": "PLAIN",
        "sasl.username": os.environ["CCLOUD_KEY"],
        "sasl.password": os.environ["CCLOUD_SECRET"],
        "ssl.cipher.suites": "ECDHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA",
    }
    return Producer(conf)


def confluent_verified():
    conf = {
        "bootstrap.servers": "pkc-4nym6.eu-west-1.aws.confluent.cloud:9092",
        "security.protocol": "SASL_SSL",
        "ssl.ca.location": CA,
        "ssl.endpoint.identification.algorithm": "https",
    }
    return Producer(conf)
