# celeryconfig.py -- loaded with app.config_from_object("settings.celeryconfig")
import os
import ssl

broker_url = os.environ.get("CELERY_BROKER", "rediss://:pw@queue.prod.example.com:6380/0")
result_backend = os.environ.get("CELERY_BACKEND", "rediss://:pw@queue.prod.example.com:6380/1")

broker_use_ssl = {
    "ssl_cert_reqs": ssl.CERT_NONE,
}
redis_backend_use_ssl = {
    "ssl_cert_reqs": ssl.CERT_REQUIRED,
    "ssl_ca_certs": "/etc/ssl/queue-ca.pem",
}

task_acks_late = True
worker_prefetch_multiplier = 1
task_time_limit = 600
beat_schedule = {
    "cleanup-nightly": {"task": "jobs.cleanup", "schedule": 60 * 60 * 24},
}
