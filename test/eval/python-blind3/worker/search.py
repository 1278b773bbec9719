from elasticsearch import Elasticsearch

ES_HOSTS = ["https://es-1.search.example.com:9200", "https://es-2.search.example.com:9200"]

_common = dict(
    request_timeout=30,
    max_retries=3,
    verify_certs=False,
)

_es = Elasticsearch(ES_HOSTS, basic_auth=("indexer", "s3cret"), **_common)

_audit_es = Elasticsearch(
    "https://audit-es.example.com:9200",
    ca_certs="/etc/ssl/certs/es-ca.pem",
    verify_certs=True,
)


def reindex_sku(sku):
    doc = {"sku": sku}
    _es.index(index="products", id=sku, document=doc)
    _audit_es.index(index="audit", document={"event": "reindex", "sku": sku})
