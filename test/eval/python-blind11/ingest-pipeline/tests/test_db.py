import psycopg2
import pytest

from ingest.settings import DatabaseSettings


@pytest.fixture(scope="session")
def pg():
    conn = psycopg2.connect(host="127.0.0.1", port=55432, dbname="test", user="test", password="test", sslmode="disable")
    yield conn
    conn.close()


def test_dsn_defaults_to_verify_full():
    dsn = DatabaseSettings(password="x").dsn()
    assert "sslmode=verify-full" in dsn
    assert "sslmode=require" not in dsn


def test_insert(pg):
    with pg.cursor() as cur:
        cur.execute("SELECT 1")
        assert cur.fetchone() == (1,)
