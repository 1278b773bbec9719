import os

import psycopg2
from psycopg2.pool import ThreadedConnectionPool

PGHOST = os.environ.get("PGHOST", "warehouse.db.example.com")


def pool():
    dsn = f"host={PGHOST} port=5432 dbname=warehouse user=etl password={os.environ['PGPASSWORD']} sslmode=allow"  # expect: no-plaintext-downgrade
    return ThreadedConnectionPool(1, 10, dsn)


def local_admin():
    # Unix socket on the database host itself.
    return psycopg2.connect(dbname="warehouse", user="postgres", sslmode="disable")


def reporting():
    return psycopg2.connect(os.environ["REPORTING_DSN"], sslmode="require")
