"""Celery configuration (RabbitMQ broker over AMQPS)."""
import ssl

broker_url = "amqps://harbor:{pw}@mq.prod.harbor.example.net:5671//"
result_backend = "rpc://"

broker_use_ssl = {
    "ca_certs": "/etc/harbor/mq-ca.pem",
    "cert_reqs": ssl.CERT_NONE,
}

task_serializer = "json"
accept_content = ["json"]
