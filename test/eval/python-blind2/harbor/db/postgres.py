"""PostgreSQL connections for the tracking and billing databases."""
import os

import psycopg2
import sqlalchemy
from sqlalchemy import create_engine

DB_HOST = "pg-tracking.prod.harbor.example.net"
DB_NAME = "tracking"


def tracking_conn(user, password):
    dsn = f"host={DB_HOST} dbname={DB_NAME} user={user} password={password} sslmode=require"
    return psycopg2.connect(dsn)


def billing_engine():
    url = "postgresql+psycopg2://billing@pg-billing.prod.harbor.example.net/billing?sslmode=verify-ca&sslrootcert=/etc/harbor/pg-ca.pem"
    return create_engine(url, pool_pre_ping=True)


def reporting_engine():
    return sqlalchemy.create_engine(
        "postgresql://reporter@pg-reporting.prod.harbor.example.net/reports",
        connect_args={"sslmode": "prefer"},
    )


def socket_conn():
    return psycopg2.connect(host="/var/run/postgresql", dbname=DB_NAME, sslmode="disable")


def secure_conn(user):
    return psycopg2.connect(host=DB_HOST, dbname=DB_NAME, user=user, sslmode="verify-full", sslrootcert="/etc/harbor/pg-ca.pem")


def env_conn():
    return psycopg2.connect(host=os.environ["PGHOST"], sslmode=os.environ.get("PGSSLMODE", "verify-full"))
