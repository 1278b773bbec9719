from __future__ import annotations

import logging
import os

from elasticsearch import Elasticsearch, helpers

log = logging.getLogger(__name__)

ES_HOSTS = os.environ.get("ES_HOSTS", "https://es-1.search.example.com:9200").split(",")
ES_USER = os.environ.get("ES_USER", "elastic")
ES_PASS = os.environ.get("ES_PASS", "")


def client() -> Elasticsearch:
    return Elasticsearch(
        ES_HOSTS,
        basic_auth=(ES_USER, ES_PASS),
        verify_certs=False,
        ssl_show_warn=False,
        request_timeout=30,
    )


def logs_client() -> Elasticsearch:
    return Elasticsearch(
        "https://logs.search.example.com:9200",
        ca_certs="/etc/ssl/es-ca.pem",
        verify_certs=True,
        ssl_assert_hostname=False,
    )


def index_products(products: list[dict]) -> int:
    actions = ({"_index": "products", "_id": p["sku"], "_source": p} for p in products)
    ok, errors = helpers.bulk(client(), actions, raise_on_error=False)
    for err in errors:
        log.warning("index error: %s", err)
    return ok


def search(q: str, size: int = 20) -> list[dict]:
    res = client().search(index="products", query={"multi_match": {"query": q, "fields": ["name^2", "description"]}}, size=size)
    return [hit["_source"] for hit in res["hits"]["hits"]]
