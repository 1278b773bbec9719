"""Elasticsearch/OpenSearch and Cassandra clients for the search service."""
import ssl

from cassandra.auth import PlainTextAuthProvider
from cassandra.cluster import Cluster
from elasticsearch import Elasticsearch
from opensearchpy import OpenSearch

ES_SETTINGS = {
    "hosts": ["https://es.harbor.example:9200"],
    "ca_certs": "/etc/harbor/es-ca.pem",
    "verify_certs": False,
    "request_timeout": 30,
}


def es_client():
    return Elasticsearch(**ES_SETTINGS)


def os_client():
    return OpenSearch(
        hosts=[{"host": "search.harbor.example", "port": 9200}],
        use_ssl=True,
        verify_certs=True,
        ssl_assert_hostname=False,
        ca_certs="/etc/harbor/es-ca.pem",
    )


def cassandra_session(user, password):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    cluster = Cluster(
        ["cass-0.harbor.example"],
        ssl_context=ctx,
        auth_provider=PlainTextAuthProvider(user, password),
    )
    return cluster.connect("events")
