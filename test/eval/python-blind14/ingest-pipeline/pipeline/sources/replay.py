"""Replays archived events into Kafka (kafka-python, used by the ops team)."""
import ssl

from kafka import KafkaProducer

from pipeline.config import SOURCES


def replay_producer() -> KafkaProducer:
    return KafkaProducer(
        bootstrap_servers=SOURCES.brokers.split(","),
        security_protocol="SSL",
        ssl_cafile=SOURCES.ca_location,
        ssl_check_hostname=False,
        linger_ms=50,
    )


def dr_producer() -> KafkaProducer:
    ctx = ssl.create_default_context(cafile=SOURCES.ca_location)
    return KafkaProducer(bootstrap_servers="b-1.msk-dr.data.example.com:9094", security_protocol="SSL", ssl_context=ctx)
