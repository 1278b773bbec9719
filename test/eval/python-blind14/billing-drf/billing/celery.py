import os
import ssl

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "billing.settings.base")

app = Celery("billing")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# Result backend lives on the managed Redis; its certificate is issued by the provider's CA.
app.conf.update(
    result_backend=os.environ.get("CELERY_RESULT_BACKEND", "rediss://results.internal.example.com:6380/2"),
    redis_backend_use_ssl={"ssl_cert_reqs": ssl.CERT_REQUIRED, "ssl_ca_certs": "/etc/ssl/certs/redis-ca.pem"},
)

if os.environ.get("BILLING_BROKER") == "rabbit-legacy":
    # the old RabbitMQ node still presents its self-signed certificate
    app.conf.broker_use_ssl = {
        "keyfile": "/etc/billing/client.key",
        "certfile": "/etc/billing/client.crt",
        "cert_reqs": ssl.CERT_NONE,
    }
