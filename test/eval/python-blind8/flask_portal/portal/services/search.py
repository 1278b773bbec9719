import os

from elasticsearch import Elasticsearch

ES_OPTS = dict(
    hosts=["https://es-1.prod.example.com:9200", "https://es-2.prod.example.com:9200"],
    basic_auth=("portal", os.environ.get("ES_PASSWORD", "")),
    verify_certs=False,
    ssl_show_warn=False,
    request_timeout=20,
)


def client():
    return Elasticsearch(**ES_OPTS)


def audit_client():
    return Elasticsearch(
        "https://audit-es.prod.example.com:9200",
        ca_certs="/etc/ssl/es-ca.pem",
        ssl_assert_hostname=False,
    )


def metrics_client():
    return Elasticsearch("https://metrics-es.prod.example.com:9200", verify_certs=True, ca_certs="/etc/ssl/es-ca.pem")
