import os
import ssl

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "opsportal.settings.production")

app = Celery("opsportal")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.broker_use_ssl = {"cert_reqs": ssl.CERT_REQUIRED, "ca_certs": "/etc/opsportal/rabbit-ca.pem"}
app.autodiscover_tasks()
