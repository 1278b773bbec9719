"""Database helpers for the reporting service."""
import contextlib
import logging
import os
from typing import Iterator

import psycopg
import psycopg2
import psycopg2.extras
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

PG_HOST = os.environ.get("PG_HOST", "reports-db.prod.example.com")
PG_USER = os.environ.get("PG_USER", "reporter")
PG_PASSWORD = os.environ.get("PG_PASSWORD", "")
PG_DB = "reports"


def legacy_connection():
    return psycopg2.connect(
        host=PG_HOST,
        dbname=PG_DB,
        user=PG_USER,
        password=PG_PASSWORD,
        sslmode="disable",
        cursor_factory=psycopg2.extras.RealDictCursor,
    )


def local_connection():
    return psycopg2.connect(host="localhost", dbname=PG_DB, user=PG_USER, sslmode="disable")


def dsn_connection():
    dsn = f"host={PG_HOST} dbname={PG_DB} user={PG_USER} password={PG_PASSWORD} sslmode=allow"
    return psycopg2.connect(dsn)


@contextlib.contextmanager
def cursor() -> Iterator[psycopg.Cursor]:
    conninfo = "postgresql://%s:%s@%s/%s?sslmode=require" % (PG_USER, PG_PASSWORD, PG_HOST, PG_DB)
    with psycopg.connect(conninfo) as conn:
        with conn.cursor() as cur:
            yield cur


def engine() -> Engine:
    url = f"postgresql+psycopg2://{PG_USER}:{PG_PASSWORD}@{PG_HOST}:5432/{PG_DB}"
    return create_engine(
        url,
        pool_size=5,
        pool_pre_ping=True,
        connect_args={"sslmode": "verify-full", "sslrootcert": "/etc/ssl/certs/rds.pem"},
    )


def replica_engine() -> Engine:
    return create_engine(
        "postgresql://reporter@replica.prod.example.com/reports",
        connect_args={"sslmode": "prefer", "application_name": "reports"},
    )


def daily_totals(day: str) -> list[dict]:
    with engine().connect() as conn:
        rows = conn.execute(text("select * from totals where day = :d"), {"d": day})
        return [dict(r._mapping) for r in rows]


def socket_connection():
    return psycopg2.connect(host="/var/run/postgresql", dbname=PG_DB, sslmode="disable")
