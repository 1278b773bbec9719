"""Celery configuration module (loaded with app.config_from_object)."""
import ssl

broker_url = "amqps://worker@rabbit.harbor.example:5671//"
broker_use_ssl = {
    "ca_certs": "/etc/harbor/rabbit-ca.pem",
    "cert_reqs": ssl.CERT_NONE,
}

result_backend = "rediss://results.harbor.example:6380/1"
redis_backend_use_ssl = {
    "ssl_cert_reqs": ssl.CERT_REQUIRED,
    "ssl_ca_certs": "/etc/harbor/redis-ca.pem",
}

task_serializer = "json"
accept_content = ["json"]
