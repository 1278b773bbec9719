import ssl

from celery import Celery

app = Celery(
    "ingest",
    broker="rediss://broker.data.example.com:6380/0",
    backend="rediss://broker.data.example.com:6380/1",
    broker_use_ssl={"ssl_cert_reqs": ssl.CERT_NONE},
    redis_backend_use_ssl={"ssl_cert_reqs": ssl.CERT_REQUIRED, "ssl_ca_certs": "/etc/ssl/certs/redis-ca.pem"},
)


@app.task(bind=True, max_retries=3)
def reindex(self, index: str) -> str:
    from pipeline.sinks.es_sink import es

    es.indices.refresh(index=index)
    return index
