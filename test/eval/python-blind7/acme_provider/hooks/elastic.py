from elasticsearch import Elasticsearch

ES_CA = "/etc/ssl/es-ca.pem"


def get_client(hosts, api_key):
    return Elasticsearch(hosts, api_key=api_key, verify_certs=False, ssl_show_warn=False)


def get_client_pinned(hosts, api_key):
    return Elasticsearch(hosts, api_key=api_key, verify_certs=True, ca_certs=ES_CA, ssl_assert_hostname=False)


def get_client_secure(hosts, api_key):
    return Elasticsearch(hosts, api_key=api_key, verify_certs=True, ca_certs=ES_CA)
