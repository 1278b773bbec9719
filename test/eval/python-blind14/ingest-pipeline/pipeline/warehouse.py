import os

import psycopg
from psycopg2.pool import ThreadedConnectionPool

from pipeline.config import SINKS


async def warehouse_conn() -> psycopg.AsyncConnection:
    return await psycopg.AsyncConnection.connect(
        host=SINKS.warehouse_host,
        dbname="warehouse",
        user="ingest",
        password=os.environ["WAREHOUSE_PASSWORD"],
        sslmode="verify-ca",
        sslrootcert="/etc/ssl/certs/warehouse-ca.pem",
    )


staging_pool = ThreadedConnectionPool(1, 8, dsn="host=/var/run/postgresql dbname=staging sslmode=disable")

metrics_pool = ThreadedConnectionPool(
    1, 4, dsn=f"host=metrics-db.data.example.com dbname=metrics user=ingest sslmode=verify-full sslrootcert={SINKS.mongo_ca_file}"
)
