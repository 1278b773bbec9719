import os
import ssl

import psycopg
import psycopg2
from sqlalchemy import create_engine
from sqlalchemy.ext.asyncio import create_async_engine

from .settings import LAKE, WAREHOUSE

ORDERS_URL = (
    "postgresql+psycopg2://etl:{pw}@orders-replica.example.com:5432/orders"
    "?sslmode=verify-full&sslrootcert=/etc/ssl/certs/rds-ca.pem"
)


def warehouse_conn():
    return psycopg2.connect(
        host=WAREHOUSE.host,
        port=WAREHOUSE.port,
        dbname=WAREHOUSE.database,
        user=WAREHOUSE.user,
        password=WAREHOUSE.password,
        sslmode=WAREHOUSE.sslmode,
    )


def lake_conn():
    return psycopg.connect(host=LAKE.host, dbname="lake", sslmode=LAKE.sslmode, sslrootcert=LAKE.sslrootcert)


orders_engine = create_engine(ORDERS_URL.format(pw=os.environ.get("ORDERS_PW", "")), pool_pre_ping=True)

events_engine = create_engine(
    "postgresql+psycopg://etl@events-db.example.com:5432/events",
    connect_args={"sslmode": "allow", "application_name": "datapipe"},
)

_pg_ctx = ssl.create_default_context(cafile="/etc/ssl/certs/staging-ca.pem")
staging_engine = create_async_engine(
    "postgresql+asyncpg://etl@staging-db.example.com/stage",
    connect_args={"ssl": _pg_ctx},
)

scratch_engine = create_engine("postgresql://etl@localhost/scratch?sslmode=disable")


def metrics_conn():
    return psycopg.connect("host=metrics-db.example.com dbname=metrics user=etl sslmode=prefer")


def billing_conn(host: str):
    dsn = "host={host} dbname=billing user=etl sslmode={mode}".format(host=host, mode="require")
    return psycopg2.connect(dsn)
