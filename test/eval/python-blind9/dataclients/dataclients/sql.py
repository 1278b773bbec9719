import psycopg
import psycopg2
from sqlalchemy import create_engine
from sqlalchemy.engine import URL

from .settings import DB_CA, WAREHOUSE_HOST


def engine(host, db, mode="verify-full"):
    url = URL.create("postgresql+psycopg2", username="app", host=host, database=db, query={"sslmode": mode, "sslrootcert": DB_CA})
    return create_engine(url)


def reporting_engine():
    return create_engine("postgresql+psycopg2://report@reports-db.internal.example/reports", connect_args={"sslmode": "allow"})


def warehouse():
    dsn = "host={host} dbname={db} sslmode={mode}".format(host=WAREHOUSE_HOST, db="dw", mode="require")
    return psycopg.connect(dsn)


def local_socket():
    return psycopg.connect("host=/var/run/postgresql dbname=app sslmode=disable")


def local_default():
    return psycopg2.connect(dbname="app", user="app", sslmode="disable")


def replica():
    return psycopg2.connect(host=WAREHOUSE_HOST, dbname="dw", sslmode="verify-full", sslrootcert=DB_CA)


def kv_engine():
    params = {"sslmode": "verify-ca", "sslrootcert": DB_CA}
    return create_engine(f"postgresql+psycopg2://app@{WAREHOUSE_HOST}/dw", connect_args=params)
