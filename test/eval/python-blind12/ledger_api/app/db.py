import ssl

import asyncpg
from sqlalchemy.ext.asyncio import create_async_engine

from .config import get_settings


def make_engine():
    settings = get_settings()
    ssl_ctx = ssl.create_default_context(cafile="/etc/ledger/db-ca.pem")
    return create_async_engine(
        settings.database_url,
        pool_size=10,
        connect_args={"ssl": ssl_ctx},
    )


async def reporting_pool():
    return await asyncpg.create_pool(
        dsn="postgresql://reporter@reporting-db.ledger.internal:5432/ledger?sslmode=prefer",
        min_size=1,
        max_size=4,
    )


async def audit_conn():
    return await asyncpg.connect(
        host="audit-db.ledger.internal",
        user="audit",
        database="audit",
        ssl="verify-full",
    )
