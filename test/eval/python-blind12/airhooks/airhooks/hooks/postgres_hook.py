import psycopg2
import psycopg2.extras

from .base import BaseHook


class PostgresHook(BaseHook):
    default_conn_name = "postgres_default"

    def __init__(self, postgres_conn_id: str = default_conn_name):
        self.postgres_conn_id = postgres_conn_id

    def get_conn(self):
        conn = self.get_connection(self.postgres_conn_id)
        conn_args = dict(
            host=conn.host,
            user=conn.login,
            password=conn.password,
            dbname=conn.schema,
            port=conn.port or 5432,
        )
        extras = conn.extra_dejson
        conn_args["sslmode"] = extras.get("sslmode", "require")
        if "sslrootcert" in extras:
            conn_args["sslrootcert"] = extras["sslrootcert"]
        return psycopg2.connect(**conn_args)

    def get_records(self, sql, parameters=None):
        with self.get_conn() as conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            cur.execute(sql, parameters)
            return cur.fetchall()


def warehouse_conn(password: str):
    dsn = "host={host} port=5432 dbname=dw user=loader password={pw} sslmode={mode}".format(
        host="dw.analytics.example.com", pw=password, mode="verify-ca"
    )
    return psycopg2.connect(dsn)


def local_conn():
    return psycopg2.connect("host=/var/run/postgresql dbname=airhooks sslmode=disable")
