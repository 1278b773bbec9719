import psycopg2
import pytest


@pytest.fixture
def conn():
    c = psycopg2.connect("host=127.0.0.1 port=55432 dbname=test user=test sslmode=disable")
    yield c
    c.close()


def test_marts_exist(conn):
    with conn.cursor() as cur:
        cur.execute("select count(*) from information_schema.tables where table_schema = 'marts'")
        assert cur.fetchone()[0] > 0
