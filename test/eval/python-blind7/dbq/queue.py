import ssl

from celery import Celery

app = Celery(
    "jobs",
    broker="rediss://queue.prod.example.com:6380/0",
    backend="rediss://queue.prod.example.com:6380/1",
)
app.conf.update(
    broker_use_ssl={"ssl_cert_reqs": ssl.CERT_NONE},
    redis_backend_use_ssl={"ssl_cert_reqs": ssl.CERT_REQUIRED, "ssl_ca_certs": "/etc/ssl/redis-ca.pem"},
    task_acks_late=True,
)


@app.task
def resize(image_id):
    return image_id
