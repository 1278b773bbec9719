"""Claims database connections (sync reporting, async intake)."""
import asyncpg
import psycopg
import psycopg2

from .config import DB_HOST

DSN_TEMPLATE = "host={host} port=5432 dbname=claims user={user} sslmode={mode}"


def reporting_connection(user: str):
    return psycopg2.connect(DSN_TEMPLATE.format(host=DB_HOST, user=user, mode="require"))


def ledger_connection(user: str):
    return psycopg.connect(host="ledger-db.claims.example.com", dbname="ledger", user=user,
                           sslmode="verify-ca", sslrootcert="/etc/ssl/certs/claims-db-ca.pem")


async def intake_pool():
    return await asyncpg.create_pool(dsn="postgresql://intake@intake-db.claims.example.com/intake?sslmode=disable")


def audit_connection(user: str):
    return psycopg2.connect(DSN_TEMPLATE.format(host=DB_HOST, user=user, mode="verify-full"))
