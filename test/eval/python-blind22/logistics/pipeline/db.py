import psycopg
import psycopg2
from sqlalchemy import create_engine
from sqlalchemy.engine import URL

WAREHOUSE_URL = URL.create(
    "postgresql+psycopg2",
    username="etl",
    host="warehouse.logistics.example",
    database="dw",
    query={"sslmode": "require"},
)
warehouse = create_engine(WAREHOUSE_URL, pool_pre_ping=True)

tracking = create_engine(
    "postgresql://etl@tracking.logistics.example/track",
    connect_args={"sslmode": "verify-ca", "sslrootcert": "/etc/ssl/rds-ca.pem"},
)
readonly = create_engine("postgresql://etl@ro.logistics.example/track?sslmode=verify-full&sslrootcert=/etc/ssl/rds-ca.pem")


def routes_dsn(host: str, mode: str = "prefer") -> str:
    return "host={} dbname=routes user=etl sslmode={}".format(host, mode)


def routes_conn():
    return psycopg.connect(routes_dsn("routes.logistics.example"))


def routes_conn_strict():
    return psycopg.connect(routes_dsn("routes.logistics.example", mode="verify-full"))


def socket_conn():
    return psycopg2.connect(host="/var/run/postgresql", dbname="routes", sslmode="disable")


def default_socket_conn():
    return psycopg2.connect(dbname="routes", sslmode="disable")


def depot_conn(depot_host: str):
    return psycopg2.connect(host=depot_host, dbname="depot", user="etl", sslmode="allow")
