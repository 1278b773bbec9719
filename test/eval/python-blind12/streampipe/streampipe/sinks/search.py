import os

from elasticsearch import Elasticsearch

ES_VERIFY = os.environ.get("ES_VERIFY", "1") != "0"


def client() -> Elasticsearch:
    return Elasticsearch(
        os.environ.get("ES_URL", "https://es.pipe.example.com:9200"),
        api_key=os.environ.get("ES_API_KEY"),
        verify_certs=ES_VERIFY,
        ca_certs="/etc/streampipe/es-ca.pem",
    )
