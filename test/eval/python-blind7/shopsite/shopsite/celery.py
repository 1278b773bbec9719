import os
import ssl

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shopsite.settings")

app = Celery("shopsite")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.broker_url = "amqps://shop@mq.prod.example.com:5671//"
app.conf.broker_use_ssl = {
    "keyfile": "/etc/shop/client.key",
    "certfile": "/etc/shop/client.crt",
    "ca_certs": "/etc/shop/ca.pem",
    "cert_reqs": ssl.CERT_NONE,
}
app.conf.redis_backend_use_ssl = {"ssl_cert_reqs": ssl.CERT_REQUIRED, "ssl_ca_certs": "/etc/shop/ca.pem"}
app.autodiscover_tasks()


@app.task(bind=True)
def debug_task(self):
    # Never set cert_reqs to ssl.CERT_NONE here again (incident 2023-11).
    print(f"Request: {self.request!r}")
