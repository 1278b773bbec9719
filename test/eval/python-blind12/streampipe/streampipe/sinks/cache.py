import ssl

import redis

from ..settings import SETTINGS


def dedupe_cache() -> redis.Redis:
    r = SETTINGS.redis
    return redis.Redis(
        host=r.host,
        port=r.port,
        ssl=True,
        ssl_cert_reqs=r.cert_reqs,
        ssl_ca_certs="/etc/streampipe/redis-ca.pem",
        ssl_min_version=r.min_version,
    )


def session_cache() -> redis.Redis:
    return redis.from_url("rediss://sessions.pipe.example.com:6380/2?ssl_cert_reqs=none")


def legacy_cache() -> redis.Redis:
    return redis.Redis(
        host="legacy-cache.pipe.example.com",
        port=6380,
        ssl=True,
        ssl_cert_reqs=ssl.CERT_REQUIRED,
        ssl_min_version=ssl.TLSVersion.TLSv1_1,
    )


def local_cache() -> redis.Redis:
    return redis.Redis(host="localhost", port=6379, ssl=False)
