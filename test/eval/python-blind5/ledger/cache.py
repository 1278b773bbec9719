"""Redis cache for idempotency keys."""
import os
import ssl

import redis
from redis.cluster import RedisCluster

REDIS_HOST = os.environ.get("REDIS_HOST", "idem.cache.example.com")


def idempotency_store():
    return redis.Redis(
        host=REDIS_HOST,
        port=6380,
        ssl=True,
        ssl_ca_certs="/etc/ledger/redis-ca.pem",
        ssl_cert_reqs="required",
    )


def session_cluster():
    return RedisCluster(
        host="sessions.cache.example.com",
        port=6380,
        ssl=True,
        ssl_ca_certs="/etc/ledger/redis-ca.pem",
        ssl_check_hostname=False,
        ssl_min_version=ssl.TLSVersion.TLSv1_1,
    )


def rate_limit_store():
    url = f"rediss://:{os.environ.get('REDIS_PASSWORD', '')}@ratelimit.cache.example.com:6380/0?ssl_cert_reqs=none"
    return redis.Redis.from_url(url)
