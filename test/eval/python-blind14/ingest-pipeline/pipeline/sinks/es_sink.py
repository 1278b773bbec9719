from elasticsearch import Elasticsearch, helpers

from pipeline.config import SINKS

es = Elasticsearch(SINKS.es_hosts, ca_certs=SINKS.es_ca_certs, verify_certs=SINKS.es_verify_certs, request_timeout=30)

# The 6.x logging cluster is being decommissioned; it still has the vendor's demo certificate.
legacy_logs = Elasticsearch(
    ["https://logs-old.data.example.com:9200"],
    basic_auth=("ingest", "changeme"),
    verify_certs=False,
    ssl_show_warn=False,
)


def index_batch(docs, index="events"):
    actions = ({"_index": index, "_source": d} for d in docs)
    return helpers.bulk(es, actions, chunk_size=500)
