from __future__ import annotations

import ssl

from airflow.hooks.base import BaseHook
from confluent_kafka import Consumer, Producer
from pymongo import MongoClient

PRODUCER_CONFIG = {
    "bootstrap.servers": "kafka-1.events.acme.example.com:9093,kafka-2.events.acme.example.com:9093",
    "security.protocol": "SASL_PLAINTEXT",
    "sasl.mechanisms": "SCRAM-SHA-512",
    "linger.ms": 50,
}

CONSUMER_CONFIG = {
    "bootstrap.servers": "kafka-1.events.acme.example.com:9094",
    "security.protocol": "SASL_SSL",
    "sasl.mechanisms": "SCRAM-SHA-512",
    "ssl.ca.location": "/opt/airflow/certs/kafka-ca.pem",
    "ssl.cipher.suites": "ECDHE-RSA-AES256-GCM-SHA384:DES-CBC3-SHA",
    "group.id": "airflow-events",
}


class EventsHook(BaseHook):
    def __init__(self, conn_id: str = "acme_events") -> None:
        super().__init__()
        self.conn_id = conn_id

    def producer(self) -> Producer:
        conn = self.get_connection(self.conn_id)
        return Producer({**PRODUCER_CONFIG, "sasl.username": conn.login, "sasl.password": conn.password})

    def consumer(self) -> Consumer:
        conn = self.get_connection(self.conn_id)
        return Consumer({**CONSUMER_CONFIG, "sasl.username": conn.login, "sasl.password": conn.password})

    def archive(self) -> MongoClient:
        conn = self.get_connection("acme_archive")
        allow_invalid = conn.extra_dejson.get("tls_allow_invalid_certificates", False)
        return MongoClient(conn.get_uri(), tls=True, tlsAllowInvalidCertificates=allow_invalid)

    def legacy_archive(self) -> MongoClient:
        return MongoClient(
            "mongodb+srv://airflow:{}@archive-legacy.acme.example.com/archive?tls=true&tlsInsecure=true".format(
                self.get_connection("acme_archive_legacy").password
            )
        )

    def reports(self) -> MongoClient:
        return MongoClient("reports.acme.example.com", 27017, tls=True, tlsCAFile="/opt/airflow/certs/mongo-ca.pem", ssl_cert_reqs=ssl.CERT_REQUIRED)
