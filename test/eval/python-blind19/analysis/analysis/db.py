import os

import pandas as pd
import psycopg2
import sqlalchemy as sa
from pymongo import MongoClient

PG_URL = "postgresql+psycopg2://analyst@warehouse.research.example.com:5432/ticks?sslmode=require"
SAFE_URL = "postgresql+psycopg2://analyst@warehouse.research.example.com:5432/ticks?sslmode=verify-full&sslrootcert=/etc/ssl/rds-ca.pem"

engine = sa.create_engine(PG_URL, pool_pre_ping=True)
verified_engine = sa.create_engine(SAFE_URL, pool_pre_ping=True)


def replica_engine():
    return sa.create_engine("postgresql://analyst@replica.research.example.com/ticks", connect_args={"sslmode": "prefer"})


def local_engine():
    return sa.create_engine("postgresql://analyst@localhost/ticks", connect_args={"sslmode": "disable"})


def socket_engine():
    return sa.create_engine("postgresql://analyst@/ticks?host=/var/run/postgresql&sslmode=disable")


def load_ticks(symbol: str) -> pd.DataFrame:
    return pd.read_sql(sa.text("select * from ticks where symbol = :s"), engine, params={"s": symbol})


def pg_conn(host: str):
    return psycopg2.connect(host=host, dbname="ticks", user="analyst", sslmode="verify-ca", sslrootcert="/etc/ssl/rds-ca.pem")


def pg_conn_full(host: str):
    return psycopg2.connect(host=host, dbname="ticks", user="analyst", sslmode="verify-full", sslrootcert="/etc/ssl/rds-ca.pem")


def pg_dsn(host: str, password: str):
    dsn = "host={h} dbname=ticks user=analyst password={p} sslmode={m}".format(h=host, p=password, m="allow")
    return psycopg2.connect(dsn)


mongo = MongoClient("mongodb://mongo-1.research.example.com:27017/?tls=true&tlsAllowInvalidCertificates=true")


def mongo_ref():
    return MongoClient(os.environ["MONGO_URI"], tls=True, tlsCAFile="/etc/ssl/mongo-ca.pem")


def mongo_lab():
    return MongoClient("mongo-lab.research.example.com", tls=True, tlsAllowInvalidHostnames=True, tlsCAFile="/etc/ssl/mongo-ca.pem")


def mongo_strict():
    return MongoClient("mongo-lab.research.example.com", tls=True, tlsAllowInvalidCertificates=False, tlsCAFile="/etc/ssl/mongo-ca.pem")
