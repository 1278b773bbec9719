from elasticsearch import Elasticsearch, helpers

from .. import settings


def client():
    return Elasticsearch(settings.ES_HOSTS, ca_certs=settings.ES_CA, verify_certs=settings.ES_VERIFY, request_timeout=30)


def lab_client():
    return Elasticsearch("https://es-lab.acme.internal:9200", verify_certs=False, ssl_show_warn=False, basic_auth=("elastic", "changeme"))


def ip_client(ip):
    return Elasticsearch(f"https://{ip}:9200", ca_certs=settings.ES_CA, ssl_assert_hostname=False)


def ship(docs, index="logs-app"):
    es = client()
    return helpers.bulk(es, ({"_index": index, "_source": d} for d in docs))
