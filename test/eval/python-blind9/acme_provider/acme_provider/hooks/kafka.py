import os

from confluent_kafka import Consumer, Producer

from .base import AcmeBaseHook

BASE_CONFIG = {
    "security.protocol": "SASL_SSL",
    "sasl.mechanisms": "SCRAM-SHA-512",
    "ssl.ca.location": "/etc/ssl/certs/kafka-ca.pem",
}


class AcmeKafkaHook(AcmeBaseHook):
    conn_type = "acme_kafka"

    def get_producer(self):
        conn = self.get_connection(self.acme_conn_id)
        config = {**BASE_CONFIG, "bootstrap.servers": conn.host, "sasl.username": conn.login, "sasl.password": conn.password}
        return Producer(config)

    def get_legacy_consumer(self, group_id):
        config = {
            "bootstrap.servers": "kafka-legacy-1.acme.example:9092,kafka-legacy-2.acme.example:9092",
            "group.id": group_id,
            "security.protocol": "SASL_PLAINTEXT",
            "sasl.mechanisms": "PLAIN",
            "sasl.username": "etl",
            "sasl.password": os.environ["LEGACY_KAFKA_PASSWORD"],
        }
        return Consumer(config)

    def get_reporting_producer(self):
        config = dict(BASE_CONFIG)
        config.update({"bootstrap.servers": "kafka-reports.acme.example:9093", "ssl.cipher.suites": "ECDHE-RSA-AES256-GCM-SHA384:RC4-SHA"})
        return Producer(config)

    def get_local_consumer(self):
        return Consumer({"bootstrap.servers": "localhost:9092", "group.id": "dev", "security.protocol": "SASL_PLAINTEXT", "sasl.username": "dev", "sasl.password": "dev"})
