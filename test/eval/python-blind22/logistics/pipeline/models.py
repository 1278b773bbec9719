from pydantic import BaseModel, Field


class ElasticConfig(BaseModel):
    hosts: list[str] = Field(default_factory=lambda: ["https://search.logistics.example:9200"])
    verify_certs: bool = True
    ca_certs: str | None = "/etc/ssl/es-ca.pem"


class ColdStorageElasticConfig(ElasticConfig):
    hosts: list[str] = Field(default_factory=lambda: ["https://cold-search.logistics.example:9200"])
    verify_certs: bool = False


class ArchiveElasticConfig(ColdStorageElasticConfig):
    verify_certs: bool = True
