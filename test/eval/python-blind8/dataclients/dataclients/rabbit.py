import ssl

from celery import Celery
from kombu import Connection


def connection(url="amqps://etl@mq.prod.example.com:5671//"):
    return Connection(url, ssl={"ca_certs": "/etc/ssl/mq-ca.pem", "cert_reqs": ssl.CERT_NONE})


app = Celery("etl", broker="rediss://broker.prod.example.com:6380/0")
app.conf.broker_use_ssl = {
    "ssl_cert_reqs": ssl.CERT_NONE,
}
app.conf.redis_backend_use_ssl = {
    "ssl_cert_reqs": ssl.CERT_REQUIRED,
    "ssl_ca_certs": "/etc/ssl/redis-ca.pem",
}
