import ssl

from kombu import Connection, Exchange, Queue

RABBIT_CA = "/etc/ssl/rabbit-ca.pem"
jobs = Queue("jobs", Exchange("jobs", type="direct"), routing_key="jobs")


def broker():
    return Connection(
        "amqps://svc@rabbit.prod.example.com:5671//",
        ssl={"cert_reqs": ssl.CERT_REQUIRED, "ca_certs": RABBIT_CA},
    )


def publish(payload):
    with broker() as conn:
        producer = conn.Producer(serializer="json")
        producer.publish(payload, exchange=jobs.exchange, routing_key="jobs", declare=[jobs])
