import os
import ssl

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

app = Celery("portal")
app.config_from_object("django.conf:settings", namespace="CELERY")

app.conf.broker_url = "rediss://redis-broker.prod.example.com:6380/0"
app.conf.broker_use_ssl = {"ssl_cert_reqs": ssl.CERT_NONE}
app.conf.result_backend = "rediss://redis-results.prod.example.com:6380/1"
app.conf.redis_backend_use_ssl = {"ssl_cert_reqs": ssl.CERT_REQUIRED, "ssl_ca_certs": "/etc/portal/redis-ca.pem"}
app.autodiscover_tasks()
