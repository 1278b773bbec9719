"""Postgres warehouse hook: builds libpq DSNs from connection extras."""
import os

import psycopg2
from sqlalchemy import create_engine

DEFAULT_SSLMODE = "require"


class WarehouseHook:
    def __init__(self, host, port=5432, schema="analytics", login="etl", password=None, extras=None):
        self.host = host
        self.port = port
        self.schema = schema
        self.login = login
        self.password = password
        self.extras = extras or {}

    def _dsn(self) -> str:
        sslmode = self.extras.get("sslmode", DEFAULT_SSLMODE)
        return (
            f"host={self.host} port={self.port} dbname={self.schema} "
            f"user={self.login} password={self.password} sslmode={sslmode}"
        )

    def get_conn(self):
        return psycopg2.connect(self._dsn())

    def get_sqlalchemy_engine(self):
        url = (
            f"postgresql+psycopg2://{self.login}:{self.password}@{self.host}:{self.port}/{self.schema}"
            "?sslmode=verify-ca&sslrootcert=/etc/ssl/warehouse-ca.pem"
        )
        return create_engine(url, pool_pre_ping=True)

    def get_replica_conn(self):
        return psycopg2.connect(
            host=os.environ["WAREHOUSE_REPLICA_HOST"],
            dbname=self.schema,
            user=self.login,
            password=self.password,
            sslmode="prefer",
        )

    def get_local_conn(self):
        # Unix socket on the worker itself: TLS adds nothing here.
        return psycopg2.connect(host="/var/run/postgresql", dbname=self.schema, sslmode="disable")

    def get_audit_conn(self):
        return psycopg2.connect(
            host=self.host,
            dbname="audit",
            sslmode="verify-full",
            sslrootcert="/etc/ssl/warehouse-ca.pem",
        )
