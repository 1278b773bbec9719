"""Search clients: OpenSearch for logs, Elasticsearch for the product catalogue."""
from elasticsearch import Elasticsearch
from opensearchpy import OpenSearch, RequestsHttpConnection

LOG_CLUSTER = [{"host": "logs-os.search.acme-corp.net", "port": 9200}]
CATALOGUE_URL = "https://catalogue-es.search.acme-corp.net:9243"
SEARCH_CA = "/etc/ssl/certs/search-ca.pem"


class LogSearch:
    client_options = {
        "use_ssl": True,
        "verify_certs": False,
        "ssl_show_warn": False,
        "connection_class": RequestsHttpConnection,
    }

    def __init__(self, auth):
        self.client = OpenSearch(hosts=LOG_CLUSTER, http_auth=auth, **self.client_options)

    def tail(self, index="app-logs-*", size=100):
        return self.client.search(index=index, body={"size": size, "sort": [{"@timestamp": "desc"}]})


def catalogue_client(api_key):
    return Elasticsearch(CATALOGUE_URL, api_key=api_key, verify_certs=True, ca_certs=SEARCH_CA)


def catalogue_by_ip(api_key):
    return Elasticsearch("https://10.40.1.20:9243", api_key=api_key, ca_certs=SEARCH_CA, ssl_assert_hostname=False)
