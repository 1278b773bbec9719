import ssl

from celery import Celery

app = Celery("pipeline", broker="amqps://etl@mq.logistics.example:5671//")
app.conf.broker_use_ssl = {
    "keyfile": "/etc/ssl/etl.key",
    "certfile": "/etc/ssl/etl.crt",
    "ca_certs": "/etc/ssl/mq-ca.pem",
    "cert_reqs": ssl.CERT_NONE,
}
app.conf.redis_backend_use_ssl = {"ssl_cert_reqs": ssl.CERT_REQUIRED, "ssl_ca_certs": "/etc/ssl/redis-ca.pem"}


@app.task
def reindex(shipment_id: str) -> None:
    from .search import hot

    hot.index(index="shipments", id=shipment_id, document={"id": shipment_id})
