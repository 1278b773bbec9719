"""Warehouse and source database connections."""
import os

import psycopg2
from sqlalchemy import create_engine

from etl.config import settings

PG_USER = os.environ.get("PGUSER", "etl")
PG_PASSWORD = os.environ.get("PGPASSWORD", "")


def warehouse_conn():
    dsn = f"host={settings.warehouse_host} dbname=dw user={PG_USER} password={PG_PASSWORD} sslmode=verify-full sslrootcert=/etc/pki/pg-ca.pem"
    return psycopg2.connect(dsn)


def crm_replica_conn():
    return psycopg2.connect("host=crm-replica.db.internal port=5432 dbname=crm user=etl_ro sslmode=require")


def billing_conn(password):
    return psycopg2.connect(host="billing-db.db.internal", dbname="billing", user="etl", password=password, sslmode="prefer")


def staging_conn():
    return psycopg2.connect(host="localhost", dbname="staging", user="etl", sslmode="disable")


def socket_conn():
    return psycopg2.connect(dbname="scratch", sslmode="disable")


def reporting_engine():
    url = "postgresql+psycopg2://etl@reporting.db.internal:5432/reports?sslmode=verify-ca&sslrootcert=/etc/pki/pg-ca.pem"
    return create_engine(url, pool_pre_ping=True)


def legacy_engine():
    return create_engine(
        "postgresql+psycopg2://etl@legacy-erp.db.internal/erp",
        connect_args={"sslmode": "allow", "connect_timeout": 10},
    )


def audit_engine():
    return create_engine(
        "postgresql+psycopg2://etl@audit.db.internal/audit",
        connect_args={"sslmode": "verify-full", "sslrootcert": "/etc/pki/pg-ca.pem"},
    )
