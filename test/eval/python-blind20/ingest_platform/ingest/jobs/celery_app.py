import os
import ssl

from celery import Celery

app = Celery("ingest")
app.config_from_object("django.conf:settings", namespace="CELERY")

if os.environ.get("INGEST_EDGE_BROKER"):
    app.conf.broker_url = "amqps://ingest@rabbit-edge.acme.net:5671//"
    app.conf.broker_use_ssl = {"cert_reqs": ssl.CERT_NONE, "ca_certs": None}
else:
    app.conf.broker_use_ssl = {"cert_reqs": ssl.CERT_REQUIRED, "ca_certs": "/etc/ingest/rabbit-ca.pem"}


@app.task(bind=True, max_retries=5)
def ingest_file(self, path):
    from .pipeline import process
    return process(path)
