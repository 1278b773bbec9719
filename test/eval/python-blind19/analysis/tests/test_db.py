from analysis import db


def test_url_uses_tls():
    assert "sslmode=require" in db.PG_URL


def test_safe_url_verifies():
    assert db.SAFE_URL.count("sslmode=verify-full") == 1
