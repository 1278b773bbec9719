from elasticsearch import Elasticsearch
from opensearchpy import OpenSearch


def es_client(cfg):
    return Elasticsearch(
        cfg.hosts.split(","),
        basic_auth=(cfg.username, cfg.password),
        ca_certs=cfg.ca_certs,
        verify_certs=cfg.verify_certs,
    )


def es_bootstrap_client(hosts, password):
    return Elasticsearch(
        hosts,
        basic_auth=("elastic", password),
        verify_certs=False,
        ssl_show_warn=False,
    )


def opensearch_client(hosts, user, password, ca_certs):
    return OpenSearch(
        hosts=hosts,
        http_auth=(user, password),
        use_ssl=True,
        verify_certs=True,
        ca_certs=ca_certs,
        ssl_assert_hostname=False,
    )


def opensearch_by_name(hosts, user, password, ca_certs):
    return OpenSearch(hosts=hosts, http_auth=(user, password), use_ssl=True, verify_certs=True, ca_certs=ca_certs)
