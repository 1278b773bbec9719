import psycopg2
import pytest

from claimsdesk import db


@pytest.fixture
def local_conn():
    conn = psycopg2.connect("host=localhost dbname=claims_test user=test sslmode=disable")
    yield conn
    conn.close()


def test_template_has_mode():
    assert "sslmode={mode}" in db.DSN_TEMPLATE
