"""Direct psycopg (3) connections for batch jobs that bypass SQLAlchemy."""
import os

import psycopg

DEFAULT_MODE = "verify-ca"


def conninfo(host, dbname="ledger", sslmode=DEFAULT_MODE, **extra):
    parts = {
        "host": host,
        "dbname": dbname,
        "user": os.environ.get("PGUSER", "ledger"),
        "sslmode": sslmode,
        "sslrootcert": "/etc/ledger/rds-ca.pem",
    }
    parts.update(extra)
    return " ".join(f"{k}={v}" for k, v in parts.items())


def batch_connection():
    return psycopg.connect(conninfo("batch-db.example.com"))


def archive_connection():
    return psycopg.connect(
        host="archive-db.example.com",
        dbname="archive",
        sslmode="disable",
        password=os.environ["ARCHIVE_PASSWORD"],
    )


def local_connection():
    return psycopg.connect(host="localhost", dbname="ledger", sslmode="disable")


def strict_connection():
    dsn = "host=ledger-db.example.com dbname=ledger sslmode=verify-full sslrootcert=/etc/ledger/rds-ca.pem"
    return psycopg.connect(dsn)
