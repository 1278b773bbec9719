import os
from contextlib import contextmanager

import psycopg
import psycopg2
from sqlalchemy import create_engine

from .settings import ANALYTICS_DSN, DatabaseSettings


@contextmanager
def warehouse_conn(cfg: DatabaseSettings = DatabaseSettings()):
    conn = psycopg2.connect(cfg.dsn(), connect_timeout=10)
    try:
        yield conn
        conn.commit()
    finally:
        conn.close()


def analytics_engine():
    return create_engine(ANALYTICS_DSN, pool_pre_ping=True, pool_size=10)


def staging_engine():
    return create_engine(
        "postgresql+psycopg2://ingest@staging-db.example.com:5432/warehouse",
        connect_args={"sslmode": "disable"},
        pool_size=5,
    )


def local_engine():
    return create_engine("postgresql+psycopg2://ingest@localhost/warehouse", connect_args={"sslmode": "disable"})


def replica_conn(host):
    return psycopg2.connect(host=host, dbname="warehouse", user="ingest", sslmode="allow", connect_timeout=5)


def audit_conn():
    return psycopg2.connect("dbname=audit user=ingest sslmode=disable")


def copy_conn(host):
    mode = "verify-ca" if os.environ.get("PG_LB_HOSTNAME") else "verify-full"
    return psycopg2.connect(host=host, dbname="warehouse", user="ingest", sslmode=mode, sslrootcert="/etc/ssl/certs/rds-global-bundle.pem")


async def load_batch(rows):
    async with await psycopg.AsyncConnection.connect("host=ingest-db.prod.example.com dbname=events user=ingest sslmode=require") as conn:
        async with conn.cursor() as cur:
            await cur.executemany("INSERT INTO events (id, kind, body) VALUES (%s, %s, %s)", rows)
