import os

from elasticsearch import Elasticsearch

ENVIRONMENTS = {
    "dev": {"hosts": ["https://es.dev.finance.example.com:9200"], "verify_certs": False},
    "prod": {"hosts": ["https://es.finance.example.com:9200"], "verify_certs": True, "ca_certs": "/etc/ssl/es-ca.pem"},
}


def es_client():
    cfg = ENVIRONMENTS[os.environ.get("ETL_ENV", "dev")]
    return Elasticsearch(**cfg)


def es_audit():
    opts = dict(hosts=["https://es-audit.finance.example.com:9200"], verify_certs=False)
    return Elasticsearch(**opts)
