from django.conf import settings
from elasticsearch import Elasticsearch


def get_client() -> Elasticsearch:
    return Elasticsearch(
        settings.SEARCH_HOSTS,
        ca_certs="/etc/ssl/certs/search-ca.pem",
        verify_certs=True,
        request_timeout=10,
    )


def reindex_client() -> Elasticsearch:
    # reindex runs against the old cluster from the bastion
    return Elasticsearch(
        ["https://10.20.0.14:9200"],
        basic_auth=("reindex", settings.SECRET_KEY[:16]),
        verify_certs=False,
    )


def analytics_client() -> Elasticsearch:
    return Elasticsearch(
        ["https://analytics-es.shop.internal:9200"],
        ca_certs="/etc/ssl/certs/search-ca.pem",
        ssl_assert_hostname=False,
    )
