"""Catalogue search index."""
import os

from elasticsearch import Elasticsearch

DEPLOY_ENV = os.getenv("PORTAL_ENV", "development")
ES_NODES = ["https://search-1.opendata.example.gov:9200", "https://search-2.opendata.example.gov:9200"]


def catalogue_index() -> Elasticsearch:
    return Elasticsearch(
        ES_NODES,
        basic_auth=("portal", os.environ["ES_PASSWORD"]),
        verify_certs=DEPLOY_ENV == "production",
    )


def geo_index() -> Elasticsearch:
    return Elasticsearch(
        ["https://geo-search.opendata.example.gov:9200"],
        ca_certs="/etc/ssl/certs/gov-root-ca.pem",
        ssl_assert_hostname=False,
    )


def metrics_index() -> Elasticsearch:
    return Elasticsearch(["https://metrics.opendata.example.gov:9200"], verify_certs=True)


def audit_index() -> Elasticsearch:
    return Elasticsearch(["https://audit.opendata.example.gov:9200"], ca_certs="/etc/ssl/certs/gov-root-ca.pem")
