from elasticsearch import Elasticsearch

from .. import settings
from .base import AcmeBaseHook

ES_OPTIONS = {"verify_certs": True, "ca_certs": settings.SEARCH_CA_FILE, "request_timeout": 30}


class AcmeSearchHook(AcmeBaseHook):
    conn_type = "acme_search"

    def get_conn(self):
        conn = self.get_connection(self.acme_conn_id)
        options = dict(ES_OPTIONS)
        if conn.extra_dejson.get("self_signed"):
            options["verify_certs"] = False
        return Elasticsearch(
            f"https://{conn.host}:{conn.port or 9200}",
            basic_auth=(conn.login, conn.password),
            **options,
        )

    def get_legacy_conn(self):
        return Elasticsearch(
            ["https://es-legacy.acme.example:9200"],
            ca_certs=settings.SEARCH_CA_FILE,
            ssl_assert_hostname=False,
        )
