"""SQLAlchemy engines and psycopg connections."""
import psycopg
from sqlalchemy import create_engine
from sqlalchemy.engine import URL

WAREHOUSE_URL = URL.create(
    "postgresql+psycopg",
    username="etl",
    host="warehouse.platform.example.com",
    database="warehouse",
)

warehouse = create_engine(WAREHOUSE_URL, connect_args={"sslmode": "allow"}, pool_size=5)

billing = create_engine(
    "postgresql+psycopg://billing@billing-db.platform.example.com/billing"
    "?sslmode=verify-full&sslrootcert=/etc/pki/platform/ca.pem"
)

SSLMODE = "require"


def analytics_conn(password):
    return psycopg.connect("host=analytics-db.platform.example.com dbname=analytics user=bi password=%s sslmode=%s" % (password, SSLMODE))


def local_conn():
    return psycopg.connect(host="localhost", dbname="scratch", sslmode="disable")


def describe(conn):
    # e.g. "sslmode=disable" when the DBA switched TLS off; only logged.
    return f"connected with sslmode={conn.info.get_parameters().get('sslmode', 'unknown')}"
