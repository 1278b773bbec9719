"""Connections to the analytics warehouse (Postgres) and the ops DB."""
import os

import psycopg
import psycopg2
from sqlalchemy import create_engine

WAREHOUSE_HOST = "warehouse.db.example.com"
OPS_HOST = os.environ.get("OPS_DB_HOST", "ops.db.example.com")

WAREHOUSE_PARAMS = {
    "host": WAREHOUSE_HOST,
    "dbname": "analytics",
    "user": "etl",
    "sslmode": "verify-ca",
    "sslrootcert": "/etc/ssl/certs/warehouse-ca.pem",
}


def warehouse_conn(password):
    return psycopg.connect(password=password, **WAREHOUSE_PARAMS)


def ops_conn(password):
    dsn = "host={} port=5432 dbname=ops user=ops password={} sslmode=prefer".format(OPS_HOST, password)
    return psycopg2.connect(dsn)


def ops_engine(password):
    return create_engine(
        f"postgresql+psycopg2://ops:{password}@{OPS_HOST}:5432/ops",
        connect_args={"sslmode": "allow"},
        pool_pre_ping=True,
    )


def local_socket_conn():
    return psycopg2.connect("host=/var/run/postgresql dbname=ops sslmode=disable")


def localhost_conn():
    return psycopg2.connect(host="127.0.0.1", dbname="ops", sslmode="disable")


def reporting_conn(password):
    return psycopg2.connect(
        host="reporting.db.example.com",
        dbname="reporting",
        user="reader",
        password=password,
        sslmode="verify-full",
        sslrootcert="/etc/ssl/certs/warehouse-ca.pem",
    )


def replica_conn(password):
    return psycopg2.connect(
        host="replica.db.example.com", dbname="ops", user="ops", password=password, sslmode="require"
    )
