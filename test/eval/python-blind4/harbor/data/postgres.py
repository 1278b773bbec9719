"""Database connections for the reporting jobs."""
import os

import psycopg2
import psycopg
from sqlalchemy import create_engine

REPORT_DB_HOST = "reports.db.harbor.example"
PG_USER = os.environ.get("PG_USER", "reporter")


def reporting_dsn(dbname="reports"):
    return f"host={REPORT_DB_HOST} dbname={dbname} user={PG_USER} sslmode=require"


def connect_reports():
    return psycopg2.connect(reporting_dsn())


def connect_replica():
    return psycopg.connect(
        host="replica.db.harbor.example",
        dbname="reports",
        sslmode="verify-ca",
        sslrootcert="/etc/harbor/db-ca.pem",
    )


def warehouse_engine():
    url = "postgresql+psycopg2://etl@warehouse.harbor.example:5432/dw"
    return create_engine(url, connect_args={"sslmode": "prefer"})


def local_engine():
    return create_engine(
        "postgresql://etl@localhost/dw_test",
        connect_args={"sslmode": "disable"},
    )


def audit_connection():
    return psycopg2.connect(
        host=REPORT_DB_HOST,
        dbname="audit",
        sslmode="verify-full",
        sslrootcert="/etc/harbor/db-ca.pem",
    )
