import os
from contextlib import contextmanager

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

PG_USER = os.environ.get("PGUSER", "ledger")
PG_PASS = os.environ.get("PGPASSWORD", "")
PG_HOST = "ledger-db.cluster-abc123.eu-west-1.rds.amazonaws.com"
PG_DB = "ledger"

PRIMARY_URL = f"postgresql+psycopg://{PG_USER}:{PG_PASS}@{PG_HOST}:5432/{PG_DB}?sslmode=require"

REPLICA_CONNECT_ARGS = {
    "sslmode": "prefer",
    "connect_timeout": 5,
    "application_name": "ledger-replica",
}

engine = create_engine(PRIMARY_URL, pool_pre_ping=True, pool_size=10)

replica = create_engine(
    f"postgresql+psycopg://{PG_USER}:{PG_PASS}@replica.{PG_HOST}/{PG_DB}",
    connect_args=REPLICA_CONNECT_ARGS,
)

audit = create_engine(
    f"postgresql+psycopg://{PG_USER}:{PG_PASS}@audit.{PG_HOST}/{PG_DB}",
    connect_args={"sslmode": "verify-full", "sslrootcert": "/etc/ledger/rds-ca.pem"},
)

# Local socket for the migration runner: sslmode=disable is fine over a Unix socket.
migrations = create_engine(
    "postgresql+psycopg://ledger@/ledger?host=/var/run/postgresql&sslmode=disable"
)

reports_mysql = create_engine(
    "mysql+pymysql://reports:secret@reports-db.example.com/reports",
    connect_args={"ssl": {"ca": "/etc/ledger/mysql-ca.pem"}},
)

Session = sessionmaker(bind=engine)


@contextmanager
def session_scope():
    s = Session()
    try:
        yield s
        s.commit()
    except Exception:
        s.rollback()
        raise
    finally:
        s.close()
