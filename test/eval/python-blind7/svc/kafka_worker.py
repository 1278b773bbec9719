import os

from confluent_kafka import Producer
from kafka import KafkaConsumer, KafkaProducer

BOOTSTRAP = ["kafka-1.prod.example.com:9093", "kafka-2.prod.example.com:9093"]
KAFKA_CA = "/etc/ssl/kafka-ca.pem"

consumer = KafkaConsumer(
    "orders",
    bootstrap_servers=BOOTSTRAP,
    security_protocol="SASL_PLAINTEXT",
    sasl_mechanism="PLAIN",
    sasl_plain_username="svc-orders",
    sasl_plain_password=os.environ["KAFKA_PASSWORD"],
)

producer = KafkaProducer(
    bootstrap_servers=BOOTSTRAP,
    security_protocol="SSL",
    ssl_cafile=KAFKA_CA,
    ssl_check_hostname=False,
)

audit_producer = KafkaProducer(
    bootstrap_servers=BOOTSTRAP,
    security_protocol="SASL_SSL",
    sasl_mechanism="SCRAM-SHA-512",
    sasl_plain_username="svc-audit",
    sasl_plain_password=os.environ["KAFKA_AUDIT_PASSWORD"],
    ssl_cafile=KAFKA_CA,
    ssl_check_hostname=True,
)

local_producer = Producer(
    {
        "bootstrap.servers": "localhost:9092",
        "security.protocol": "SASL_PLAINTEXT",
        "sasl.mechanisms": "PLAIN",
        "sasl.username": "dev",
        "sasl.password": "dev",
    }
)

metrics_producer = Producer(
    {
        "bootstrap.servers": "kafka-1.prod.example.com:9093",
        "security.protocol": "SSL",
        "ssl.ca.location": KAFKA_CA,
        "ssl.cipher.suites": "RC4-SHA:AES256-GCM-SHA384",
    }
)
