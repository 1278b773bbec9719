import os

import redis
from kafka import KafkaProducer
from pymongo import MongoClient

CA = "/etc/ssl/certs/internal-ca.pem"

queue = redis.Redis(
    host="queue.notify.example.com",
    port=6380,
    ssl=True,
    ssl_cert_reqs="required",
    ssl_ca_certs=CA,
)

history = MongoClient(
    "mongodb://notify@history-mongo.example.com:27017/?tls=true&tlsAllowInvalidCertificates=false",
    tlsCAFile=CA,
)

events = KafkaProducer(
    bootstrap_servers="kafka.notify.example.com:9094",
    security_protocol="SASL_SSL",
    sasl_mechanism="SCRAM-SHA-256",
    sasl_plain_username=os.environ.get("KAFKA_USER"),
    sasl_plain_password=os.environ.get("KAFKA_PASSWORD"),
    ssl_cafile=CA,
)
