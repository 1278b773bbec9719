import os
import ssl

from celery import Celery
from kombu import Queue

BROKER = os.environ.get("BROKER_URL", "amqps://worker:worker@rabbit.internal.example:5671/jobs")
RESULTS = os.environ.get("RESULT_BACKEND", "rediss://results.internal.example:6380/0")

app = Celery("jobs", broker=BROKER, backend=RESULTS)

app.conf.update(
    task_serializer="json",
    accept_content=["json"],
    result_serializer="json",
    timezone="UTC",
    broker_use_ssl={
        "keyfile": "/etc/worker/client.key",
        "certfile": "/etc/worker/client.crt",
        "ca_certs": "/etc/worker/ca.pem",
        "cert_reqs": ssl.CERT_NONE,
    },
    redis_backend_use_ssl={"ssl_cert_reqs": ssl.CERT_NONE},
    task_queues=(Queue("default"), Queue("reports")),
    task_default_queue="default",
)


@app.task(bind=True, max_retries=5, default_retry_delay=30)
def generate_report(self, report_id: int) -> str:
    from reports.builder import build  # noqa: PLC0415

    try:
        return build(report_id)
    except TimeoutError as exc:
        raise self.retry(exc=exc)


@app.task
def cleanup(days: int = 30) -> int:
    from reports.models import Report  # noqa: PLC0415

    return Report.purge_older_than(days)
