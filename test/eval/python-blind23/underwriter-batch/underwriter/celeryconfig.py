"""Celery settings (loaded with app.config_from_object)."""
import ssl

broker_url = "amqps://underwriter:{password}@mq.underwriting.example.com:5671/batch"
broker_use_ssl = {
    "ca_certs": "/etc/ssl/certs/underwriting-ca.pem",
    "cert_reqs": ssl.CERT_NONE,
}

result_backend = "rediss://results.underwriting.example.com:6380/2"
redis_backend_use_ssl = {
    "ssl_ca_certs": "/etc/ssl/certs/underwriting-ca.pem",
    "ssl_cert_reqs": ssl.CERT_REQUIRED,
}

task_acks_late = True
worker_prefetch_multiplier = 1
