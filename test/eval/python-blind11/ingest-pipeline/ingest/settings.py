import os
from dataclasses import dataclass


@dataclass(frozen=True)
class DatabaseSettings:
    host: str = os.environ.get("PGHOST", "warehouse.db.prod.example.com")
    port: int = int(os.environ.get("PGPORT", "5432"))
    name: str = os.environ.get("PGDATABASE", "warehouse")
    user: str = os.environ.get("PGUSER", "ingest")
    password: str = os.environ.get("PGPASSWORD", "")
    sslmode: str = os.environ.get("PGSSLMODE", "verify-full")
    sslrootcert: str = "/etc/ssl/certs/rds-global-bundle.pem"

    def dsn(self) -> str:
        return (
            f"host={self.host} port={self.port} dbname={self.name} user={self.user} "
            f"password={self.password} sslmode={self.sslmode} sslrootcert={self.sslrootcert}"
        )


ANALYTICS_DSN = "postgresql+psycopg2://ingest@analytics.db.prod.example.com:5432/analytics?sslmode=require"
KAFKA_BROKERS = os.environ.get("KAFKA_BROKERS", "kafka-1.prod.example.com:9093,kafka-2.prod.example.com:9093")
ES_URL = os.environ.get("ES_URL", "https://es.prod.example.com:9200")
ES_CA = "/etc/ssl/certs/es-ca.pem"
