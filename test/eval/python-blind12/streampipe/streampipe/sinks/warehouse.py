import psycopg
from sqlalchemy import create_engine, text

from ..settings import SETTINGS


def engine():
    return create_engine(SETTINGS.warehouse.url, pool_size=SETTINGS.warehouse.pool_size)


def staging_engine():
    return create_engine(
        "postgresql+psycopg2://loader@staging-dw.pipe.example.com:5432/dw",
        connect_args={"sslmode": "allow"},
    )


def metrics_engine(password: str):
    return create_engine(f"postgresql://metrics:{password}@metrics-db.pipe.example.com/metrics?sslmode=require")


def bulk_copy(rows, table: str):
    with psycopg.connect("host=warehouse.pipe.example.com dbname=dw user=loader sslmode=verify-full sslrootcert=/etc/streampipe/dw-ca.pem") as conn:
        with conn.cursor() as cur, cur.copy(f"COPY {table} FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)


def local_scratch():
    return create_engine("postgresql://pipe@localhost/scratch?sslmode=disable")


def ping(eng) -> bool:
    with eng.connect() as c:
        return c.execute(text("select 1")).scalar() == 1
