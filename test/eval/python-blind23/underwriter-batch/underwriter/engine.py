"""Database engines for the batch jobs."""
import psycopg2
from sqlalchemy import create_engine

policy_engine = create_engine(
    "postgresql+psycopg2://uw_batch@policy-db.underwriting.example.com/policies",
    connect_args={"sslmode": "verify-ca", "sslrootcert": "/etc/ssl/certs/underwriting-db-ca.pem"},
    pool_size=10,
)

socket_engine = create_engine(
    "postgresql+psycopg2://uw_batch@/underwriting?host=/var/run/postgresql&sslmode=disable"
)


def warehouse_connection(extras: dict):
    conn_args = {
        "host": extras["host"],
        "dbname": extras.get("dbname", "warehouse"),
        "user": extras["user"],
    }
    conn_args["sslmode"] = extras.get("sslmode", "require")
    return psycopg2.connect(**conn_args)


def claims_mirror(extras: dict):
    conn_args = dict(host=extras["host"], dbname="claims_mirror", user=extras["user"])
    conn_args["sslmode"] = extras.get("sslmode", "verify-full")
    return psycopg2.connect(**conn_args)
