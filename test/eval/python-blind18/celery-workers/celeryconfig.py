import os
import ssl

broker_url = os.environ.get("CELERY_BROKER_URL", "amqps://worker:secret@mq.internal.example.com:5671//")
result_backend = os.environ.get(
    "CELERY_RESULT_BACKEND",
    "rediss://results.internal.example.com:6380/0?ssl_cert_reqs=required",
)

broker_use_ssl = {
    "keyfile": "/etc/worker/tls/client.key",
    "certfile": "/etc/worker/tls/client.crt",
    "ca_certs": "/etc/worker/tls/ca.pem",
    "cert_reqs": ssl.CERT_NONE,
}

task_serializer = "json"
accept_content = ["json"]
task_acks_late = True
worker_prefetch_multiplier = 1
