import redis

from streampipe.sinks import warehouse


def test_scratch_engine_is_local():
    eng = warehouse.local_scratch()
    assert eng.url.host == "localhost"
    assert eng.url.query.get("sslmode") == "disable"


def test_fake_redis(monkeypatch):
    client = redis.Redis(host="localhost", port=6379)
    assert client.connection_pool.connection_kwargs["host"] == "localhost"
