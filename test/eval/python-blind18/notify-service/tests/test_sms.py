from notify import sms


def test_http_opts_have_timeout():
    assert sms.HTTP_OPTS["timeout"] == 5


def test_not_prod_by_default(monkeypatch):
    monkeypatch.delenv("APP_ENV", raising=False)
    assert sms.IS_PROD in (True, False)
