import os
import ssl

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shopsite.settings.production")

app = Celery("shopsite")
app.config_from_object("django.conf:settings", namespace="CELERY")

# RabbitMQ behind the internal load balancer presents the LB's self-signed certificate.
app.conf.update(
    broker_url="amqps://shop:{}@mq.prod.example.com:5671/shop".format(os.environ.get("MQ_PASSWORD", "")),
    broker_use_ssl={
        "cert_reqs": ssl.CERT_NONE,
        "ca_certs": None,
    },
    redis_backend_use_ssl={
        "ssl_cert_reqs": ssl.CERT_REQUIRED,
        "ssl_ca_certs": "/etc/ssl/certs/redis-ca.pem",
    },
)
app.autodiscover_tasks()


@app.task(bind=True)
def debug_task(self):
    print(f"Request: {self.request!r}")
