import psycopg
import psycopg2

from acme_provider.hooks.base import BaseHook


class AcmePostgresHook(BaseHook):
    def __init__(self, conn_id="acme_pg_default"):
        super().__init__()
        conn = self.get_connection(conn_id)
        self.host, self.port = conn.host, conn.port or 5432
        self.dbname, self.user, self.password = conn.schema, conn.login, conn.password

    def get_conn(self):
        dsn = (
            f"host={self.host} port={self.port} dbname={self.dbname} "
            f"user={self.user} password={self.password} sslmode=allow"
        )
        return psycopg2.connect(dsn)

    async def get_async_conn(self):
        return await psycopg.AsyncConnection.connect(
            host=self.host,
            dbname=self.dbname,
            user=self.user,
            password=self.password,
            sslmode="verify-full",
            sslrootcert="/etc/ssl/pg-ca.pem",
        )


def metadata_conn():
    # No host: libpq uses the local Unix socket.
    return psycopg2.connect("dbname=airflow user=airflow sslmode=disable")


def warehouse_conn(password):
    return psycopg2.connect(host="warehouse.example.com", dbname="dw", user="etl", password=password, sslmode="disable")
