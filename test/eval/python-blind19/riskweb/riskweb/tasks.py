import ssl

from celery import Celery

celery_app = Celery("risk", broker="rediss://broker.risk.example.com:6380/0", backend="rediss://broker.risk.example.com:6380/1")
celery_app.conf.broker_use_ssl = {"ssl_cert_reqs": ssl.CERT_NONE}
celery_app.conf.redis_backend_use_ssl = {"ssl_cert_reqs": ssl.CERT_REQUIRED, "ssl_ca_certs": "/etc/risk/ca.pem"}


@celery_app.task
def recompute_var(book_id: int):
    return book_id
