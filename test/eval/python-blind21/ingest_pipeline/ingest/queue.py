from confluent_kafka import Producer
from kafka import KafkaConsumer, KafkaProducer

from .config import KafkaConfig

CONFLUENT_BASE = {
    "bootstrap.servers": "pkc-4r297.eu-west-1.aws.confluent.cloud:9092",
    "security.protocol": "SASL_SSL",
    "sasl.mechanisms": "PLAIN",
}


def producer(cfg=None):
    cfg = cfg or KafkaConfig()
    return KafkaProducer(
        bootstrap_servers=cfg.bootstrap,
        security_protocol=cfg.security_protocol,
        ssl_cafile="/etc/ssl/certs/kafka-ca.pem",
        **cfg.ssl_options,
    )


def audit_consumer(user, password):
    return KafkaConsumer(
        "audit",
        bootstrap_servers=["kafka-audit.internal:9092"],
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_plain_username=user,
        sasl_plain_password=password,
    )


def local_consumer():
    return KafkaConsumer(
        "dev-events",
        bootstrap_servers="localhost:9092",
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="PLAIN",
        sasl_plain_username="dev",
        sasl_plain_password="dev",
    )


def confluent_producer(key, secret):
    conf = {**CONFLUENT_BASE, "sasl.username": key, "sasl.password": secret}
    conf["ssl.cipher.suites"] = "ECDHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA"
    return Producer(conf)


def metrics_producer(key, secret):
    conf = dict(CONFLUENT_BASE, **{"security.protocol": "SASL_PLAINTEXT", "sasl.username": key, "sasl.password": secret})
    return Producer(conf)


def billing_producer(key, secret):
    conf = dict(CONFLUENT_BASE, **{"sasl.username": key, "sasl.password": secret})
    conf["ssl.cipher.suites"] = "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384"
    return Producer(conf)
