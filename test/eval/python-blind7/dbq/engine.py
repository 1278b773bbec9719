import os

from sqlalchemy import create_engine

PG_HOST = os.environ.get("PG_HOST", "pg.prod.example.com")
PG_USER = "orders"


def orders_engine():
    password = os.environ["PG_PASSWORD"]
    url = f"postgresql+psycopg2://{PG_USER}:{password}@{PG_HOST}/orders?sslmode=require"
    return create_engine(url, pool_size=10)


def ledger_engine():
    return create_engine(
        "postgresql+psycopg2://ledger@ledger-db.prod.example.com/ledger",
        connect_args={"sslmode": "verify-ca", "sslrootcert": "/etc/ssl/pg-ca.pem"},
    )


def test_engine():
    return create_engine("postgresql://orders@localhost/orders_test?sslmode=disable")


def events_engine():
    return create_engine("postgresql://events@events-db.prod.example.com/events?sslmode=disable")


def secure_engine():
    return create_engine(
        "postgresql://orders@pg.prod.example.com/orders",
        connect_args={"sslmode": "verify-full", "sslrootcert": "/etc/ssl/pg-ca.pem"},
    )
