import os

import psycopg
import psycopg2
from sqlalchemy import create_engine

PG_HOST = os.environ.get("PG_HOST", "pg-main.acme.internal")


def main_conn():
    return psycopg.connect(host=PG_HOST, dbname="ingest", user="ingest", sslmode="verify-full", sslrootcert="/etc/ingest/pg-ca.pem")


def reporting_conn(password):
    dsn = "host=pg-report.acme.internal dbname=report user=report password=%s sslmode=verify-ca sslrootcert=/etc/ingest/pg-ca.pem" % password
    return psycopg2.connect(dsn)


def warehouse_engine():
    return create_engine("postgresql+psycopg2://etl@dwh.acme.internal:5432/dwh?sslmode=require", pool_pre_ping=True)


def archive_engine():
    return create_engine("postgresql+psycopg://etl@archive-db.acme.internal/archive", connect_args={"sslmode": "allow"})


def socket_conn():
    return psycopg2.connect("host=/var/run/postgresql dbname=ingest sslmode=disable")


def mode_conn(extras):
    mode = extras.get("sslmode", "verify-full")
    return psycopg2.connect(host=PG_HOST, dbname="ingest", sslmode=mode)


def formatted_conn(host, password):
    return psycopg2.connect("host={h} dbname=ingest password={p} sslmode={m}".format(h=host, p=password, m="disable"))
