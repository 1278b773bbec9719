from types import SimpleNamespace

import pytest

from mlplatform.hooks.base import BaseHttpHook


@pytest.fixture
def fake_conn(monkeypatch):
    conn = SimpleNamespace(host="fs.test", login=None, password=None, extra_dejson={"verify": "/tmp/ca.pem"})
    monkeypatch.setattr(BaseHttpHook, "get_connection", classmethod(lambda cls, _id: conn))
    return conn


def test_session_uses_extra_verify(fake_conn):
    session = BaseHttpHook("fs").get_session()
    assert session.verify == "/tmp/ca.pem"


def test_default_verify_is_true(fake_conn):
    fake_conn.extra_dejson = {}
    assert BaseHttpHook("fs").get_session().verify is True
