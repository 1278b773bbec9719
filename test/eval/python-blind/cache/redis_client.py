import logging
import os
import ssl
from typing import Optional

import redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry

log = logging.getLogger(__name__)

REDIS_HOST = os.getenv("REDIS_HOST", "cache.prod.example.com")
REDIS_PASSWORD = os.getenv("REDIS_PASSWORD")


def make_client(db: int = 0) -> redis.Redis:
    return redis.Redis(
        host=REDIS_HOST,
        port=6380,
        db=db,
        password=REDIS_PASSWORD,
        ssl=True,
        ssl_cert_reqs="none",
        retry=Retry(ExponentialBackoff(), 3),
        socket_timeout=2,
    )


def from_url(url: Optional[str] = None) -> redis.Redis:
    url = url or f"rediss://:{REDIS_PASSWORD}@{REDIS_HOST}:6380/0?ssl_cert_reqs=none"
    return redis.Redis.from_url(url, decode_responses=True)


def sessions_client() -> redis.Redis:
    return redis.Redis(
        host="sessions.prod.example.com",
        port=6380,
        ssl=True,
        ssl_ca_certs="/etc/ssl/redis-ca.pem",
        ssl_check_hostname=False,
        ssl_min_version=ssl.TLSVersion.TLSv1,
    )


def local_client() -> redis.Redis:
    return redis.Redis(host="localhost", port=6379, ssl=False)


def cached(key: str, ttl: int = 300):
    def deco(fn):
        def wrapper(*args, **kwargs):
            c = make_client()
            hit = c.get(key)
            if hit is not None:
                return hit
            value = fn(*args, **kwargs)
            c.setex(key, ttl, value)
            return value

        return wrapper

    return deco
