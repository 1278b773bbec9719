import os
import ssl

from celery import Celery

BROKER_URL = os.environ.get("CELERY_BROKER_URL", "amqps://ledger:secret@mq.internal.example.com:5671//")
RESULT_URL = os.environ.get("CELERY_RESULT_URL", "rediss://cache.internal.example.com:6380/2")

app = Celery("ledger", broker=BROKER_URL, backend=RESULT_URL)

_broker_tls = {
    "ca_certs": "/etc/ledger/mq-ca.pem",
    "cert_reqs": ssl.CERT_REQUIRED,
}

_backend_tls = {
    "ssl_cert_reqs": ssl.CERT_NONE,
}

app.conf.update(
    broker_use_ssl=_broker_tls,
    redis_backend_use_ssl=_backend_tls,
    task_acks_late=True,
    worker_prefetch_multiplier=1,
)


class StagingConfig:
    broker_url = "amqps://ledger:secret@mq.staging.example.com:5671//"
    broker_use_ssl = {"cert_reqs": ssl.CERT_NONE, "ca_certs": None}
    task_always_eager = False


def use_staging():
    app.config_from_object(StagingConfig)


@app.task(bind=True, max_retries=5)
def post_entry(self, entry_id):
    from ledger.db.engine import session_scope

    with session_scope() as s:
        s.execute("select post_entry(:id)", {"id": entry_id})
