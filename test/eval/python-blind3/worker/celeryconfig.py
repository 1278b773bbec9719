"""Celery configuration, loaded with app.config_from_object('worker.celeryconfig')."""
import os
import ssl

broker_url = "amqps://tasks:{pw}@mq.internal.example.com:5671//".format(
    pw=os.environ.get("MQ_PASSWORD", "")
)
broker_use_ssl = {
    "keyfile": "/etc/worker/tls/client.key",
    "certfile": "/etc/worker/tls/client.crt",
    "ca_certs": "/etc/worker/tls/ca.pem",
    "cert_reqs": ssl.CERT_NONE,
}

result_backend = "rediss://results.internal.example.com:6380/0"
redis_backend_use_ssl = {
    "ssl_cert_reqs": ssl.CERT_REQUIRED,
    "ssl_ca_certs": "/etc/worker/tls/ca.pem",
}

task_serializer = "json"
accept_content = ["json"]
worker_prefetch_multiplier = 1
