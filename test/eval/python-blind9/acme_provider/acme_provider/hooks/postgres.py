import psycopg2
from sqlalchemy import create_engine

from .base import AcmeBaseHook


class AcmePostgresHook(AcmeBaseHook):
    conn_type = "acme_postgres"

    def get_conn(self):
        conn = self.get_connection(self.acme_conn_id)
        extras = conn.extra_dejson
        conn_args = dict(
            host=conn.host,
            user=conn.login,
            password=conn.password,
            dbname=conn.schema,
            port=conn.port or 5432,
        )
        conn_args["sslmode"] = extras.get("sslmode", "require")
        if extras.get("sslrootcert"):
            conn_args["sslrootcert"] = extras["sslrootcert"]
        return psycopg2.connect(**conn_args)

    def get_sqlalchemy_engine(self):
        conn = self.get_connection(self.acme_conn_id)
        mode = "verify-full" if conn.extra_dejson.get("strict_tls", True) else "verify-ca"
        return create_engine(
            f"postgresql+psycopg2://{conn.login}:{conn.password}@{conn.host}:{conn.port}/{conn.schema}?sslmode={mode}"
        )

    def get_uri(self):
        conn = self.get_connection(self.acme_conn_id)
        return f"postgresql://{conn.login}@{conn.host}/{conn.schema}?sslmode={conn.extra_dejson.get('sslmode', 'prefer')}"

    def get_conn_from_uri(self):
        return psycopg2.connect(self.get_uri())
