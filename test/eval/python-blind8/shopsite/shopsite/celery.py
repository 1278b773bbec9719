import os
import ssl

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shopsite.settings.production")

app = Celery("shopsite")
app.config_from_object("django.conf:settings", namespace="CELERY")

BROKER_SSL = {
    "keyfile": "/etc/shop/certs/worker.key",
    "certfile": "/etc/shop/certs/worker.pem",
    "ca_certs": "/etc/shop/certs/ca.pem",
    "cert_reqs": ssl.CERT_NONE,
}

app.conf.update(
    broker_url="amqps://shop@mq.prod.example.com:5671//",
    broker_use_ssl=BROKER_SSL,
    result_backend="rediss://results.prod.example.com:6380/2",
    redis_backend_use_ssl={"ssl_cert_reqs": ssl.CERT_REQUIRED},
)
app.autodiscover_tasks()
