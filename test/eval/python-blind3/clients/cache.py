import os
import ssl

import redis

REDIS_HOST = os.environ.get("REDIS_HOST", "sessions.cache.example.com")
REDIS_PASSWORD = os.environ.get("REDIS_PASSWORD")


class SessionStore:
    """Redis-backed session storage."""

    def __init__(self, host=REDIS_HOST, db=0):
        self.client = redis.Redis(
            host=host,
            port=6380,
            db=db,
            password=REDIS_PASSWORD,
            ssl=True,
            ssl_cert_reqs=None,
        )

    def get(self, key):
        return self.client.get(f"sess:{key}")


def rate_limiter():
    url = f"rediss://:{REDIS_PASSWORD}@{REDIS_HOST}:6380/3?ssl_cert_reqs=none"
    return redis.Redis.from_url(url)


def feature_flags():
    return redis.StrictRedis(
        host="flags.cache.example.com",
        port=6380,
        ssl=True,
        ssl_ca_certs="/etc/ssl/certs/redis-ca.pem",
        ssl_check_hostname=False,
        ssl_min_version=ssl.TLSVersion.TLSv1_1,
        ssl_ciphers="HIGH:!aNULL:MD5",
    )


def leaderboard():
    return redis.Redis(
        host="lb.cache.example.com",
        ssl=True,
        ssl_cert_reqs="required",
        ssl_ca_certs="/etc/ssl/certs/redis-ca.pem",
        ssl_min_version=ssl.TLSVersion.TLSv1_2,
    )
