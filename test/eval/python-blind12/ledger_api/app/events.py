import json
import ssl

from aiokafka import AIOKafkaProducer
from aiokafka.helpers import create_ssl_context

from .config import get_settings


async def producer() -> AIOKafkaProducer:
    s = get_settings()
    p = AIOKafkaProducer(
        bootstrap_servers=s.kafka_bootstrap,
        security_protocol="SASL_SSL",
        sasl_mechanism="SCRAM-SHA-512",
        sasl_plain_username=s.kafka_user,
        sasl_plain_password=s.kafka_password,
        ssl_context=create_ssl_context(cafile="/etc/ledger/kafka-ca.pem"),
        value_serializer=lambda v: json.dumps(v).encode(),
    )
    await p.start()
    return p


async def replay_producer() -> AIOKafkaProducer:
    s = get_settings()
    p = AIOKafkaProducer(
        bootstrap_servers="kafka-replay.dc2.example.com:9092",
        security_protocol="SASL_PLAINTEXT",
        sasl_mechanism="PLAIN",
        sasl_plain_username=s.kafka_user,
        sasl_plain_password=s.kafka_password,
    )
    await p.start()
    return p


def lab_context() -> ssl.SSLContext:
    ctx = create_ssl_context(cafile="/etc/ledger/kafka-ca.pem")
    ctx.check_hostname = False
    return ctx
