import psycopg
import psycopg2
from sqlalchemy import create_engine

from . import settings


def warehouse_conn():
    return psycopg.connect(host=settings.PG_HOST, user=settings.PG_USER, password=settings.PG_PASSWORD, dbname="warehouse", sslmode="verify-full", sslrootcert=settings.PG_SSLROOTCERT)


def reporting_conn():
    dsn = f"host=reporting-db.prod.example.com dbname=reports user={settings.PG_USER} password={settings.PG_PASSWORD} sslmode=require"
    return psycopg2.connect(dsn)


def legacy_conn(host, db):
    dsn = "host={host} dbname={db} user=etl sslmode={mode}".format(host=host, db=db, mode="allow")
    return psycopg2.connect(dsn)


def local_socket_conn():
    return psycopg2.connect(host="/var/run/postgresql", dbname="staging", sslmode="disable")


def orders_engine():
    return create_engine(f"postgresql+psycopg2://{settings.PG_USER}:{settings.PG_PASSWORD}@orders-db.prod.example.com:5432/orders?sslmode=prefer", pool_pre_ping=True)


def analytics_engine():
    return create_engine(
        f"postgresql+psycopg2://{settings.PG_USER}@analytics-db.prod.example.com/analytics",
        connect_args={"sslmode": "verify-ca", "sslrootcert": settings.PG_SSLROOTCERT},
    )


def metrics_engine():
    return create_engine(
        f"postgresql+psycopg://{settings.PG_USER}@metrics-db.prod.example.com/metrics",
        connect_args={"sslmode": "verify-full", "sslrootcert": settings.PG_SSLROOTCERT},
    )
