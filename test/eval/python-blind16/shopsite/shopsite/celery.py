import os
import ssl

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shopsite.settings.prod")

app = Celery("shopsite")
app.config_from_object("django.conf:settings", namespace="CELERY")

if os.environ.get("CELERY_BROKER_URL", "").startswith("amqps://"):
    # RabbitMQ on the legacy cluster presents a cert for the wrong name
    app.conf.broker_use_ssl = {
        "keyfile": "/etc/celery/client.key",
        "certfile": "/etc/celery/client.crt",
        "cert_reqs": ssl.CERT_NONE,
    }

app.autodiscover_tasks()
