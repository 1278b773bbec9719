import os

from confluent_kafka import Consumer, Producer

BASE_CONF = {"bootstrap.servers": "pkc-4r2x7.eu-west-1.aws.confluent.cloud:9092", "security.protocol": "SASL_SSL", "sasl.mechanisms": "PLAIN"}


def cloud_producer():
    conf = dict(BASE_CONF)
    conf.update({"sasl.username": os.environ["CC_KEY"], "sasl.password": os.environ["CC_SECRET"]})
    return Producer(conf)


def onprem_consumer(group):
    conf = {"bootstrap.servers": "broker1.dc1.analytics.example.com:9092", "security.protocol": "SASL_PLAINTEXT", "sasl.mechanisms": "SCRAM-SHA-256", "sasl.username": "etl", "sasl.password": os.environ["ONPREM_KAFKA_PASSWORD"], "group.id": group}
    return Consumer(conf)


def partner_producer():
    return Producer({"bootstrap.servers": "kafka.partner.example.net:9093", "security.protocol": "SSL", "ssl.ca.location": "/etc/ssl/certs/partner-ca.pem", "ssl.cipher.suites": "ECDHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA"})
