from elasticsearch import Elasticsearch

from .config import settings


def es_client():
    return Elasticsearch(settings.es_hosts, verify_certs=settings.es_verify_certs, request_timeout=30)


def audit_es():
    return Elasticsearch(
        ["https://audit-es.internal:9200"],
        ca_certs="/etc/ssl/certs/es-ca.pem",
        ssl_assert_hostname=False,
    )


def metrics_es():
    return Elasticsearch(["https://metrics-es.internal:9200"], ca_certs="/etc/ssl/certs/es-ca.pem", verify_certs=True)
