import os
import ssl

from celery import Celery

app = Celery("shop")
app.config_from_object("django.conf:settings", namespace="CELERY")

app.conf.broker_url = os.environ.get("CELERY_BROKER_URL", "amqps://shop@mq.prod.shop.example.com:5671/shop")
app.conf.broker_use_ssl = {
    "cert_reqs": ssl.CERT_NONE,
    "ca_certs": "/etc/ssl/certs/mq-ca.pem",
}
app.conf.result_backend = "rediss://shop-cache.prod.shop.example.com:6380/2"
app.conf.redis_backend_use_ssl = {"ssl_cert_reqs": ssl.CERT_REQUIRED, "ssl_ca_certs": "/etc/ssl/certs/redis-ca.pem"}
app.autodiscover_tasks()
