import psycopg2
from airflow.hooks.base import BaseHook


class WarehouseHook(BaseHook):
    def __init__(self, conn_id: str = "warehouse_default"):
        super().__init__()
        self.conn_id = conn_id

    def get_conn(self):
        conn = self.get_connection(self.conn_id)
        extras = conn.extra_dejson
        conn_args = {
            "host": conn.host,
            "port": conn.port or 5432,
            "user": conn.login,
            "password": conn.password,
            "dbname": conn.schema,
        }
        conn_args["sslmode"] = extras.get("sslmode", "require")
        if "sslrootcert" in extras:
            conn_args["sslrootcert"] = extras["sslrootcert"]
        return psycopg2.connect(**conn_args)
