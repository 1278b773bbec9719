import psycopg
import psycopg2
from sqlalchemy import create_engine

from .config import settings

REPORTING_DSN = "host=reporting.internal dbname=reports user=etl sslmode={mode}"


def warehouse_engine():
    return create_engine(settings.pg_dsn, pool_pre_ping=True)


def staging_engine(host):
    return create_engine(
        f"postgresql+psycopg2://etl@{host}:5432/staging",
        connect_args={"sslmode": "require", "application_name": "ingest"},
    )


def reporting_conn(mode="prefer"):
    return psycopg2.connect(REPORTING_DSN.format(mode=mode))


def nightly_report_rows():
    with reporting_conn() as conn, conn.cursor() as cur:
        cur.execute("select * from daily_rollup")
        return cur.fetchall()


def strict_reporting_rows():
    with reporting_conn(mode="verify-full") as conn, conn.cursor() as cur:
        cur.execute("select count(*) from daily_rollup")
        return cur.fetchone()


def local_conn():
    return psycopg.connect("dbname=etl user=etl sslmode=disable")


def socket_conn():
    return psycopg.connect(host="/var/run/postgresql", dbname="etl", sslmode="disable")


def archive_conn(password):
    params = dict(host="archive.internal", dbname="archive", user="etl", password=password)
    params.update(sslmode="allow")
    return psycopg2.connect(**params)


def audit_conn(password):
    params = dict(host="audit.internal", dbname="audit", user="etl", password=password, sslmode="prefer")
    params["sslmode"] = "verify-full"
    params["sslrootcert"] = "/etc/ssl/certs/audit-ca.pem"
    return psycopg2.connect(**params)
