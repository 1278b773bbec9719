import asyncpg
import psycopg
import psycopg2
from sqlalchemy import create_engine

ORDERS_DSN = "host={host} port=5432 dbname=orders user=svc_orders sslmode=require"


def orders_conn(host, password):
    return psycopg2.connect(ORDERS_DSN.format(host=host), password=password)


def ledger_conn(host, password):
    return psycopg.connect(f"postgresql://ledger:{password}@{host}:5432/ledger?sslmode=verify-ca&sslrootcert=/etc/ssl/ledger-ca.pem")


warehouse = create_engine(
    "postgresql+psycopg2://etl@warehouse.prod.example.com/dw",
    connect_args={"sslmode": "disable"},
    pool_size=10,
)


async def events_pool(password):
    return await asyncpg.create_pool(f"postgresql://events:{password}@events-db.prod.example.com/events?sslmode=prefer")


def scratch_conn():
    return psycopg2.connect("dbname=scratch sslmode=disable")


def orders_conn_strict(password):
    return psycopg2.connect(host="orders-db.prod.example.com", dbname="orders", user="svc_orders", password=password, sslmode="verify-full", sslrootcert="/etc/ssl/rds-ca.pem")
