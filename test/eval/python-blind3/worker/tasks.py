import ssl

from celery import Celery

app = Celery("worker")
app.config_from_object("worker.celeryconfig")

# Second app for the analytics cluster; its broker is Redis.
analytics = Celery(
    "analytics",
    broker="rediss://analytics-mq.example.com:6380/2",
    broker_use_ssl={"ssl_cert_reqs": ssl.CERT_NONE},
)


@app.task(bind=True, max_retries=3)
def reindex(self, sku):
    from .search import reindex_sku

    reindex_sku(sku)


@analytics.task
def record_event(name, payload):
    return {"name": name, "size": len(payload)}
