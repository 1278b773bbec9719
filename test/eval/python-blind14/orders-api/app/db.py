import ssl

from sqlalchemy import create_engine
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from app.config import settings


def _db_ssl_context() -> ssl.SSLContext:
    return ssl.create_default_context(cafile=settings.database_ca_file)


engine = create_async_engine(
    settings.database_url,
    pool_pre_ping=True,
    pool_size=10,
    connect_args={"ssl": _db_ssl_context()},
)
SessionLocal = async_sessionmaker(engine, expire_on_commit=False)

# Nightly reports run against the read replica with the sync driver.
reporting_engine = create_engine(
    "postgresql+psycopg://reports@orders-replica.prod.example.com:5432/orders?sslmode=require",
    pool_recycle=1800,
)

# Local developer database on the Unix socket.
dev_engine = create_engine("postgresql+psycopg:///orders_dev?host=/var/run/postgresql&sslmode=disable")


async def get_session():
    async with SessionLocal() as session:
        yield session
