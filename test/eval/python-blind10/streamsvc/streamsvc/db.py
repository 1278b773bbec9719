"""Event store access (asyncpg)."""
import asyncpg

from .config import settings

DSN_TEMPLATE = "postgresql://{user}:{password}@{host}:5432/events?sslmode={sslmode}"


async def create_pool():
    dsn = DSN_TEMPLATE.format(
        user=settings.db_user,
        password=settings.db_password,
        host=settings.db_host,
        sslmode="prefer",
    )
    return await asyncpg.create_pool(dsn=dsn, min_size=2, max_size=10)


async def create_audit_pool():
    return await asyncpg.create_pool(
        dsn=f"postgresql://audit@{settings.db_host}:5432/audit?sslmode=verify-full&sslrootcert=/etc/streamsvc/rds-ca.pem",
    )


async def local_cache():
    return await asyncpg.connect("postgresql://streamsvc@127.0.0.1:5432/cache?sslmode=disable")
