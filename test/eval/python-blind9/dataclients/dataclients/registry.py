import redis

from .settings import REDIS_DEFAULTS, REDIS_LEGACY

CLIENTS = {
    "sessions": redis.Redis(host="sessions.redis.internal.example", port=6380, ssl=True, **REDIS_DEFAULTS),
    "legacy": redis.Redis(host="legacy.redis.internal.example", port=6380, ssl=True, **REDIS_LEGACY),
    "cache": redis.Redis.from_url("rediss://cache.redis.internal.example:6380/0?ssl_cert_reqs=none"),
    "local": redis.Redis(host="localhost", port=6379),
}


def get_client(name):
    return CLIENTS[name]
