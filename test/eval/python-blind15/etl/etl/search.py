"""Elasticsearch indexing of enriched events."""
from elasticsearch import Elasticsearch, helpers

from etl.config import settings


def events_client():
    return Elasticsearch(
        list(settings.es_hosts),
        basic_auth=("etl", "changeme"),
        verify_certs=settings.es_verify_certs,
        request_timeout=30,
    )


def logs_client():
    return Elasticsearch("https://logs-es.ops.internal:9200", api_key="...", verify_certs=False)


def metrics_client():
    return Elasticsearch(
        "https://metrics-es.ops.internal:9200",
        ca_certs=settings.es_ca_certs,
        verify_certs=True,
        ssl_assert_hostname=False,
    )


def archive_client():
    return Elasticsearch("https://archive-es.ops.internal:9200", ca_certs=settings.es_ca_certs, verify_certs=True)


def _client(**kwargs):
    return Elasticsearch(list(settings.es_hosts), **kwargs)


def reindex_client():
    return _client(basic_auth=("etl", "changeme"), verify_certs=False)


def bulk_index(client, index, docs):
    actions = ({"_index": index, "_source": d} for d in docs)
    return helpers.bulk(client, actions, chunk_size=settings.batch_size)
