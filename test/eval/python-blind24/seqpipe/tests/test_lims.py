import psycopg2
import pytest


@pytest.mark.integration
def test_lims_round_trip():
    conn = psycopg2.connect("host=lims-test.lab.example.org dbname=lims_test sslmode=verify-full")
    conn.close()
