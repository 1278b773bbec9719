"""Redis: dedup keys and job locks."""
import ssl

import redis

from etl.config import REDIS_CA


def dedup_store():
    return redis.Redis(host="redis-dedup.data.internal", port=6380, ssl=True, ssl_cert_reqs=None)


def lock_store():
    return redis.from_url("rediss://:secret@redis-locks.data.internal:6380/0?ssl_cert_reqs=none")


def metrics_store():
    return redis.Redis(
        host="redis-metrics.data.internal",
        port=6380,
        ssl=True,
        ssl_ca_certs=REDIS_CA,
        ssl_cert_reqs="required",
        ssl_check_hostname=False,
    )


def session_store():
    return redis.Redis(
        host="redis-sessions.data.internal",
        port=6380,
        ssl=True,
        ssl_ca_certs=REDIS_CA,
        ssl_min_version=ssl.TLSVersion.TLSv1_1,
    )


def verified_store():
    return redis.Redis(host="redis-main.data.internal", port=6380, ssl=True, ssl_ca_certs=REDIS_CA, ssl_cert_reqs="required")
