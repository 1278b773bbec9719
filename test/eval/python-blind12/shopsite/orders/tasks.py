import os
import ssl

from celery import Celery

app = Celery("orders")
app.config_from_object("django.conf:settings", namespace="CELERY")

if os.environ.get("CELERY_BROKER_URL", "").startswith("amqps://"):
    app.conf.broker_use_ssl = {
        "keyfile": "/etc/shop/amqp-client.key",
        "certfile": "/etc/shop/amqp-client.crt",
        "ca_certs": "/etc/shop/amqp-ca.pem",
        "cert_reqs": ssl.CERT_NONE,
    }

app.conf.redis_backend_use_ssl = {"ssl_cert_reqs": ssl.CERT_REQUIRED}


@app.task(bind=True, max_retries=3)
def sync_order(self, order_id):
    from .payments import legacy_status

    return legacy_status(order_id)
