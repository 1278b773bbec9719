"""Elasticsearch for the shipment search index."""
from elasticsearch import Elasticsearch

ES_NODES = ["https://es-1.prod.harbor.example.net:9200"]


def search_client(api_key):
    return Elasticsearch(ES_NODES, api_key=api_key, verify_certs=False)


def search_client_by_ip(api_key):
    return Elasticsearch(["https://10.20.0.5:9200"], api_key=api_key, ca_certs="/etc/harbor/es-ca.pem", ssl_assert_hostname=False)


def verified_client(api_key):
    return Elasticsearch(ES_NODES, api_key=api_key, ca_certs="/etc/harbor/es-ca.pem", verify_certs=True)
