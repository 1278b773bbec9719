import ssl

from celery import Celery

app = Celery("etlpipe", broker="amqps://etl@rabbit.prod.example.com:5671//", backend="rediss://results.prod.example.com:6380/1")

app.conf.update(
    broker_use_ssl={
        "ca_certs": "/etc/etlpipe/rabbit-ca.pem",
        "cert_reqs": ssl.CERT_NONE,
    },
    redis_backend_use_ssl={
        "ssl_cert_reqs": ssl.CERT_REQUIRED,
        "ssl_ca_certs": "/etc/etlpipe/redis-ca.pem",
    },
    task_acks_late=True,
)
