"""Extract query results from Postgres sources into XCom-sized CSV chunks."""
import csv
import io

import psycopg2
from airflow.hooks.base import BaseHook
from airflow.models import BaseOperator


class PgExtractOperator(BaseOperator):
    def __init__(self, sql, postgres_conn_id="postgres_default", **kwargs):
        super().__init__(**kwargs)
        self.sql = sql
        self.postgres_conn_id = postgres_conn_id

    def _connect(self):
        conn = BaseHook.get_connection(self.postgres_conn_id)
        extras = conn.extra_dejson
        conn_args = dict(host=conn.host, port=conn.port or 5432, user=conn.login, password=conn.password, dbname=conn.schema)
        conn_args["sslmode"] = extras.get("sslmode", "require")
        if "sslrootcert" in extras:
            conn_args["sslrootcert"] = extras["sslrootcert"]
        return psycopg2.connect(**conn_args)

    def execute(self, context):
        buf = io.StringIO()
        with self._connect() as pg, pg.cursor() as cur:
            cur.execute(self.sql)
            writer = csv.writer(buf)
            writer.writerow([d[0] for d in cur.description])
            writer.writerows(cur.fetchall())
        return buf.getvalue()
