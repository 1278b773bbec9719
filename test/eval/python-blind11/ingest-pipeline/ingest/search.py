import os

from elasticsearch import Elasticsearch

from .settings import ES_CA, ES_URL


def client():
    return Elasticsearch(ES_URL, ca_certs=ES_CA, verify_certs=True, basic_auth=("ingest", os.environ["ES_PASSWORD"]))


def snapshot_client():
    return Elasticsearch(
        "https://es-snapshots.example.com:9200",
        basic_auth=("snapshots", os.environ["ES_SNAPSHOT_PASSWORD"]),
        verify_certs=False,
        ssl_show_warn=False,
    )


def logs_client():
    return Elasticsearch("https://10.20.4.17:9200", ca_certs=ES_CA, ssl_assert_hostname=False, api_key=os.environ["ES_LOGS_KEY"])


def dev_client():
    return Elasticsearch("http://localhost:9200", verify_certs=False)
