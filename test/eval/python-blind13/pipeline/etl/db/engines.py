import os

from sqlalchemy import create_engine, text

DW_PASSWORD = os.environ.get("DW_PASSWORD", "")


def warehouse_engine():
    return create_engine(f"postgresql+psycopg2://etl:{DW_PASSWORD}@dw.analytics.example.com/warehouse?sslmode=verify-full&sslrootcert=/etc/ssl/certs/dw-ca.pem", pool_pre_ping=True)


def marts_engine():
    return create_engine("postgresql+psycopg2://etl@marts.analytics.example.com/marts", connect_args={"sslmode": "require", "application_name": "etl"})


def finance_engine():
    return create_engine("postgresql://etl@10.40.2.17:5432/finance?sslmode=allow")


def cache_engine():
    return create_engine("sqlite:////var/lib/etl/cache.db")


def row_count(engine, table):
    with engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()
