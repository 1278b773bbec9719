import ssl

from psycopg_pool import ConnectionPool
from sqlalchemy import URL, create_engine

from core.settings import settings

_db = settings.db

pool = ConnectionPool(
    conninfo=f"host={_db.host} port={_db.port} dbname={_db.name} user={_db.user} sslmode={_db.sslmode} sslrootcert={_db.sslrootcert}",
    min_size=2,
    max_size=20,
)

engine = create_engine(
    URL.create("postgresql+psycopg", username=_db.user, password=_db.password, host=_db.host, database=_db.name),
    connect_args={"sslmode": "verify-full", "sslrootcert": _db.sslrootcert},
)

legacy_engine = create_engine(
    "postgresql+psycopg2://core@core-db-legacy.prod.example.com/core",
    connect_args={"sslmode": "allow"},
)


def asyncpg_ssl() -> ssl.SSLContext:
    return ssl.create_default_context(cafile=_db.sslrootcert)
