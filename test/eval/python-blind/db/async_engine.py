import os
import ssl

from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

DB_URL = os.environ.get("DATABASE_URL")


def _ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile="/etc/ssl/rds-combined-ca-bundle.pem")
    return ctx


def engine() -> AsyncEngine:
    return create_async_engine(
        DB_URL or "postgresql+asyncpg://app:pw@orders-db.prod.example.com/orders",
        connect_args={"ssl": _ssl_context()},
        pool_size=10,
    )


def reporting_engine() -> AsyncEngine:
    return create_async_engine(
        "postgresql+psycopg://report:pw@reporting-db.prod.example.com:5432/reports?sslmode=verify-ca",
    )


def migrations_engine() -> AsyncEngine:
    return create_async_engine("postgresql+psycopg://migrate@db.prod.example.com/orders?sslmode=require")
