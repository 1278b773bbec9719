import os

from kafka import KafkaConsumer, KafkaProducer
from pymongo import MongoClient

MONGO_CA = "/etc/ssl/certs/mongo-ca.pem"
KAFKA_CA = "/etc/ssl/certs/kafka-ca.pem"

mongo = MongoClient(
    os.environ.get("MONGO_URI", "mongodb://mongo-1.example.com:27017/?tls=true"),
    tlsCAFile=MONGO_CA,
)

mongo_legacy = MongoClient(
    "mongodb://etl:etl@legacy-mongo.example.com:27017/?tls=true&tlsAllowInvalidCertificates=true"
)

mongo_archive = MongoClient(
    host="archive-mongo.example.com",
    tls=True,
    tlsCAFile=MONGO_CA,
    tlsAllowInvalidHostnames=True,
)

producer = KafkaProducer(
    bootstrap_servers=["kafka-1.example.com:9093", "kafka-2.example.com:9093"],
    security_protocol="SSL",
    ssl_cafile=KAFKA_CA,
    ssl_check_hostname=False,
)

audit_producer = KafkaProducer(
    bootstrap_servers=["kafka-1.example.com:9093"],
    security_protocol="SSL",
    ssl_cafile=KAFKA_CA,
    ssl_check_hostname=True,
)


def events_consumer(group: str) -> KafkaConsumer:
    return KafkaConsumer(
        "events",
        group_id=group,
        bootstrap_servers="kafka-1.example.com:9092",
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_plain_username=os.environ["KAFKA_USER"],
        sasl_plain_password=os.environ["KAFKA_PASSWORD"],
    )


def dev_consumer() -> KafkaConsumer:
    return KafkaConsumer(
        "events",
        bootstrap_servers="localhost:9092",
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="PLAIN",
        sasl_plain_username="dev",
        sasl_plain_password="dev",
    )
