"""Celery app for the old billing queue, kept until the Redis cluster is retired."""
import ssl

from celery import Celery

legacy = Celery(
    "legacy-billing",
    broker="rediss://legacy-mq.example.com:6380/0",
    broker_use_ssl={"ssl_cert_reqs": ssl.CERT_NONE},
)


@legacy.task
def reconcile(batch_id: str) -> str:
    return batch_id
