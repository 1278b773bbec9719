import ssl

import redis

from .config import RedisConfig

LEGACY_POOL_KWARGS = {"ssl_cert_reqs": ssl.CERT_NONE, "ssl_ca_certs": None}


def client(cfg=None):
    cfg = cfg or RedisConfig()
    return redis.Redis(
        host=cfg.host,
        port=cfg.port,
        ssl=True,
        ssl_cert_reqs=cfg.ssl_cert_reqs,
        ssl_ca_certs=cfg.ca_certs,
    )


def session_store():
    return redis.from_url("rediss://sessions.internal:6380/1?ssl_cert_reqs=none")


def feature_flags():
    return redis.from_url("rediss://flags.internal:6380/0?ssl_cert_reqs=required&ssl_ca_certs=/etc/ssl/certs/redis-ca.pem")


def rate_limiter():
    return redis.Redis(host="ratelimit.internal", port=6380, ssl=True, ssl_check_hostname=False, ssl_ca_certs="/etc/ssl/certs/redis-ca.pem")


def legacy_pool():
    return redis.ConnectionPool(connection_class=redis.SSLConnection, host="legacy-cache.internal", port=6380, **LEGACY_POOL_KWARGS)


def queue_client():
    return redis.Redis(host="queue.internal", port=6380, ssl=True, ssl_min_version=ssl.TLSVersion.TLSv1_1)


def modern_queue_client():
    return redis.Redis(host="queue.internal", port=6380, ssl=True, ssl_min_version=ssl.TLSVersion.TLSv1_2, ssl_check_hostname=True)
