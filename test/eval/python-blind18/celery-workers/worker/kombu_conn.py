import ssl

from kombu import Connection, Exchange, Queue

CA = "/etc/worker/tls/ca.pem"
events = Exchange("events", type="topic")
audit_queue = Queue("audit", events, routing_key="audit.#")


def connect(url: str) -> Connection:
    return Connection(url, ssl={"cert_reqs": ssl.CERT_REQUIRED, "ca_certs": CA})


def publish(url: str, payload: dict) -> None:
    with connect(url) as conn:
        producer = conn.Producer(serializer="json")
        producer.publish(payload, exchange=events, routing_key="audit.created", declare=[audit_queue])
