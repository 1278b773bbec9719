import os

from elasticsearch import Elasticsearch
from opensearchpy import OpenSearch

ES_CA = "/etc/ssl/certs/es-http-ca.pem"


def catalog_search():
    return Elasticsearch("https://search.prod.shop.example.com:9200", ca_certs=ES_CA, basic_auth=("shop", os.environ["ES_PASSWORD"]))


def analytics_search():
    return Elasticsearch(["https://es-analytics-1.shop.example.com:9200", "https://es-analytics-2.shop.example.com:9200"], verify_certs=False, basic_auth=("shop", os.environ["ES_PASSWORD"]))


def reindex_target(host):
    return Elasticsearch(f"https://{host}:9200", ca_certs=ES_CA, ssl_assert_hostname=False)


def local_search():
    return Elasticsearch("http://localhost:9200")


def logs_search():
    return OpenSearch(hosts=[{"host": "logs.shop.example.com", "port": 443}], http_auth=("shop", os.environ["OS_PASSWORD"]), use_ssl=True, verify_certs=False, ssl_show_warn=False)


def audit_search():
    return OpenSearch(hosts=[{"host": "audit.shop.example.com", "port": 443}], use_ssl=True, verify_certs=True, ca_certs=ES_CA)
