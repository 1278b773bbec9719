import psycopg2
import pytest


@pytest.fixture
def local_db():
    conn = psycopg2.connect(host="localhost", dbname="etl_test", user="postgres", sslmode="disable")
    yield conn
    conn.close()


def test_roundtrip(local_db):
    with local_db.cursor() as cur:
        cur.execute("select 1")
        assert cur.fetchone() == (1,)
