import psycopg2
import pytest
from pymongo import MongoClient

from etl.db.postgres import scratch_conn


@pytest.mark.integration
def test_scratch_roundtrip():
    conn = scratch_conn()
    with conn.cursor() as cur:
        cur.execute("SELECT 1")
        assert cur.fetchone() == (1,)


@pytest.mark.integration
def test_testcontainer_dsn():
    conn = psycopg2.connect("host=localhost port=55432 dbname=test user=test password=test sslmode=disable")
    conn.close()


@pytest.mark.integration
def test_mongo_fixture_server():
    client = MongoClient("mongodb://mongo-ci.analytics.example.com:27017/", tls=True, tlsInsecure=True)
    assert client.admin.command("ping")["ok"] == 1
