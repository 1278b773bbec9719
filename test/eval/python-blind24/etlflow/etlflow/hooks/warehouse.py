import os

from sqlalchemy import create_engine

WAREHOUSE_HOST = os.environ.get("DWH_HOST", "dwh.finance.example.com")


def warehouse_engine():
    return create_engine(
        f"postgresql+psycopg2://etl:{os.environ['DWH_PW']}@{WAREHOUSE_HOST}/dwh",
        connect_args={"sslmode": "require", "connect_timeout": 10},
        pool_pre_ping=True,
    )


def staging_engine():
    return create_engine("postgresql://etl@staging-dwh.finance.example.com/dwh?sslmode=disable")


def local_engine():
    return create_engine("postgresql://etl@localhost/dwh?sslmode=disable")


def verified_engine():
    return create_engine(
        "postgresql://etl@dwh.finance.example.com/dwh",
        connect_args={"sslmode": "verify-full", "sslrootcert": "/etc/ssl/dwh-ca.pem"},
    )


def reporting_conn_args(extras):
    args = {"connect_timeout": 5}
    args["sslmode"] = extras.get("sslmode", "require")
    return args


def reporting_conn(extras):
    import psycopg2

    args = reporting_conn_args(extras)
    return psycopg2.connect(host="reporting.finance.example.com", dbname="rep", **args)
