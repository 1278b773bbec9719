import os
import ssl

from celery import Celery

app = Celery("ingest", broker=os.environ.get("BROKER_URL", "amqps://ingest@mq.prod.example.com:5671//"))

app.conf.update(
    broker_use_ssl={"cert_reqs": ssl.CERT_NONE, "ca_certs": None},
    result_backend="rediss://results.cache.example.com:6380/1?ssl_cert_reqs=required",
    task_acks_late=True,
    worker_prefetch_multiplier=1,
)


@app.task(bind=True, max_retries=3)
def reindex(self, index):
    from .search import client

    return client().indices.refresh(index=index)
