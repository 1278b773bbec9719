import ssl

from celery import Celery

app = Celery("reports")
app.config_from_object("celeryconfig")
app.conf.update(
    redis_backend_use_ssl={
        "ssl_cert_reqs": ssl.CERT_REQUIRED,
        "ssl_ca_certs": "/etc/worker/tls/ca.pem",
    },
)
app.autodiscover_tasks(["worker"])
