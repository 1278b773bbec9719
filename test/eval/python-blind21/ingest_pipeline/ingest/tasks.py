import os
import ssl

from celery import Celery


class BaseCeleryConfig:
    broker_url = "amqps://ingest@rabbit.internal:5671//"
    broker_use_ssl = {"cert_reqs": ssl.CERT_REQUIRED, "ca_certs": "/etc/ssl/certs/rabbit-ca.pem"}
    task_acks_late = True


class StagingCeleryConfig(BaseCeleryConfig):
    broker_url = "amqps://ingest@rabbit.staging.internal:5671//"
    broker_use_ssl = {"cert_reqs": ssl.CERT_NONE}


app = Celery("ingest")
app.config_from_object(StagingCeleryConfig if os.environ.get("INGEST_ENV") == "staging" else BaseCeleryConfig)


@app.task
def load_batch(batch_id):
    from .db import warehouse_engine

    with warehouse_engine().begin() as conn:
        conn.exec_driver_sql("call load_batch(%s)", (batch_id,))
