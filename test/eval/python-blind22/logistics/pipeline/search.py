from elasticsearch import Elasticsearch

from .models import ArchiveElasticConfig, ColdStorageElasticConfig, ElasticConfig


def es_from(cfg: ElasticConfig) -> Elasticsearch:
    return Elasticsearch(cfg.hosts, verify_certs=cfg.verify_certs, ca_certs=cfg.ca_certs)


hot = es_from(ElasticConfig())
cold = es_from(ColdStorageElasticConfig())
archive = es_from(ArchiveElasticConfig())

metrics = Elasticsearch("https://metrics.logistics.example:9200", verify_certs=False, ssl_show_warn=False)
geo = Elasticsearch(["https://10.20.0.15:9200"], ca_certs="/etc/ssl/es-ca.pem", ssl_assert_hostname=False)
audit = Elasticsearch("https://audit.logistics.example:9200", verify_certs=True, ca_certs="/etc/ssl/es-ca.pem")
