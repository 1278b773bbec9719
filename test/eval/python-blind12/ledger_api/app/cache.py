import redis.asyncio as aioredis

from .config import get_settings

_pool = None


def get_redis() -> aioredis.Redis:
    global _pool
    if _pool is None:
        _pool = aioredis.from_url(get_settings().redis_url, ssl_ca_certs="/etc/ledger/redis-ca.pem")
    return _pool


def session_store() -> aioredis.Redis:
    return aioredis.Redis(
        host="sessions.ledger.internal",
        port=6380,
        ssl=True,
        ssl_cert_reqs="none",
    )


def rate_limiter() -> aioredis.Redis:
    return aioredis.Redis(
        host="ratelimit.ledger.internal",
        port=6380,
        ssl=True,
        ssl_ca_certs="/etc/ledger/redis-ca.pem",
        ssl_check_hostname=False,
    )
