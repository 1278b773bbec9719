from ingest import db


def test_reporting_dsn_has_mode():
    assert "sslmode={mode}" in db.REPORTING_DSN


def test_socket_conn_uses_socket(monkeypatch):
    seen = {}
    monkeypatch.setattr(db.psycopg, "connect", lambda **kw: seen.update(kw))
    db.socket_conn()
    assert seen["sslmode"] == "disable"
