import ssl

from kombu import Connection, Exchange, Queue

EXCHANGE = Exchange("pipe", type="topic")
QUEUE = Queue("pipe.events", EXCHANGE, routing_key="events.#")


def broker() -> Connection:
    return Connection(
        "amqps://pipe:secret@rabbit.pipe.example.com:5671//",
        ssl={"ca_certs": "/etc/streampipe/rabbit-ca.pem", "cert_reqs": ssl.CERT_REQUIRED},
    )


def dr_broker() -> Connection:
    return Connection(
        "amqps://pipe:secret@rabbit-dr.pipe.example.com:5671//",
        ssl={"cert_reqs": ssl.CERT_NONE},
    )


def publish(event: dict):
    with broker() as conn:
        producer = conn.Producer(serializer="json")
        producer.publish(event, exchange=EXCHANGE, routing_key=f"events.{event['type']}", declare=[QUEUE])
