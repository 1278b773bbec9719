import os

from elasticsearch import Elasticsearch

PASSWORD = os.environ.get("ES_PASSWORD", "")


def es_client():
    return Elasticsearch(["https://es.internal.example.com:9200"], ca_certs="/etc/ledger/es-ca.pem", verify_certs=True, basic_auth=("ledger", PASSWORD))


def es_archive():
    return Elasticsearch("https://es-archive.internal.example.com:9200", verify_certs=False, basic_auth=("ledger", PASSWORD))


def es_by_ip():
    return Elasticsearch("https://10.20.0.15:9200", ca_certs="/etc/ledger/es-ca.pem", ssl_assert_hostname=False, basic_auth=("ledger", PASSWORD))
