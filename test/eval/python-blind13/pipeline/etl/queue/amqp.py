import ssl

from kombu import Connection, Exchange, Queue

EVENTS = Exchange("events", type="topic")
ETL_QUEUE = Queue("etl.events", EVENTS, routing_key="#")


def connection():
    return Connection("amqps://etl@mq.analytics.example.com:5671//", ssl={"ca_certs": "/etc/ssl/certs/mq-ca.pem", "cert_reqs": ssl.CERT_REQUIRED})


def legacy_connection():
    return Connection("amqps://etl@mq-legacy.analytics.example.com:5671//", ssl={"cert_reqs": ssl.CERT_NONE})
