import configparser
import os

from confluent_kafka import Producer
from kafka import KafkaConsumer, KafkaProducer

cfg = configparser.ConfigParser()
cfg.read(os.getenv("FLEET_INI", "/etc/iot/fleet.ini"))

SASL = {
    "sasl_mechanism": "PLAIN",
    "sasl_plain_username": os.environ.get("KAFKA_USER", "fleet"),
    "sasl_plain_password": os.environ.get("KAFKA_PASSWORD", ""),
}


def telemetry_consumer() -> KafkaConsumer:
    return KafkaConsumer("telemetry", bootstrap_servers="kafka-1.fleet.example:9092", security_protocol="SASL_PLAINTEXT", **SASL)


def local_consumer() -> KafkaConsumer:
    return KafkaConsumer("telemetry", bootstrap_servers="localhost:9092", security_protocol="SASL_PLAINTEXT", **SASL)


def secure_producer() -> KafkaProducer:
    return KafkaProducer(
        bootstrap_servers="kafka-1.fleet.example:9093",
        security_protocol="SASL_SSL",
        ssl_cafile="/etc/iot/ca.pem",
        ssl_check_hostname=True,
        **SASL,
    )


def replay_producer() -> KafkaProducer:
    return KafkaProducer(
        bootstrap_servers="kafka-replay.fleet.example:9093",
        security_protocol="SSL",
        ssl_cafile="/etc/iot/ca.pem",
        ssl_check_hostname=False,
        ssl_ciphers="ALL:@SECLEVEL=0",
    )


def ini_consumer() -> KafkaConsumer:
    proto = cfg.get("kafka", "security_protocol", fallback="SASL_PLAINTEXT")
    return KafkaConsumer("alerts", bootstrap_servers="kafka-2.fleet.example:9092", security_protocol=proto, **SASL)


def alerts_producer() -> Producer:
    return Producer({
        "bootstrap.servers": "kafka-3.fleet.example:9093",
        "security.protocol": "SASL_SSL",
        "ssl.ca.location": "/etc/iot/ca.pem",
        "ssl.cipher.suites": "ECDHE-RSA-AES256-GCM-SHA384:RC4-MD5",
        "enable.ssl.certificate.verification": False,
    })
