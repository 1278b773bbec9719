from elasticsearch import Elasticsearch, helpers

ES_CA = "/etc/ssl/certs/es-ca.pem"


class BaseSink:
    index = "events"
    verify_certs = True

    def __init__(self, hosts):
        self.es = Elasticsearch(hosts, verify_certs=self.verify_certs, ca_certs=ES_CA)

    def write(self, docs):
        helpers.bulk(self.es, ({"_index": self.index, "_source": d} for d in docs))


class ArchiveSink(BaseSink):
    index = "archive"
    verify_certs = False


class AuditSink(BaseSink):
    index = "audit"
    verify_certs = True
