from __future__ import annotations

import psycopg2
from airflow.hooks.base import BaseHook

DEFAULT_SSLMODE = "prefer"


class WarehouseHook(BaseHook):
    conn_name_attr = "acme_warehouse_conn_id"
    default_conn_name = "acme_warehouse_default"
    conn_type = "acme_warehouse"
    hook_name = "ACME Warehouse"

    def __init__(self, acme_warehouse_conn_id: str = default_conn_name) -> None:
        super().__init__()
        self.conn_id = acme_warehouse_conn_id

    def _dsn(self) -> str:
        conn = self.get_connection(self.conn_id)
        extras = conn.extra_dejson
        return (
            f"host={conn.host} port={conn.port or 5432} dbname={conn.schema} "
            f"user={conn.login} password={conn.password} "
            f"sslmode={extras.get('sslmode', DEFAULT_SSLMODE)}"
        )

    def get_conn(self):
        return psycopg2.connect(self._dsn())

    def get_audit_conn(self):
        conn = self.get_connection("acme_audit")
        dsn = "host={host} dbname=audit user={user} password={pw} sslmode={mode} sslrootcert={ca}".format(
            host=conn.host,
            user=conn.login,
            pw=conn.password,
            mode="verify-full",
            ca="/opt/airflow/certs/audit-ca.pem",
        )
        return psycopg2.connect(dsn)

    def get_scratch_conn(self):
        # Local scratch database inside the worker pod.
        return psycopg2.connect(host="/var/run/postgresql", dbname="scratch", sslmode="disable")
