import ssl

import redis


def sessions():
    return redis.Redis(host="sessions.cache.prod.example.com", port=6380, ssl=True, ssl_ca_certs="/etc/ssl/certs/ca-certificates.crt")


def rate_limits():
    return redis.Redis.from_url("rediss://:hunter2@ratelimit.cache.example.com:6380/0?ssl_cert_reqs=none")


def dedupe_cache():
    return redis.StrictRedis(
        host="dedupe.cache.example.com",
        port=6380,
        ssl=True,
        ssl_cert_reqs="required",
        ssl_check_hostname=False,
    )


def metrics_pool():
    return redis.ConnectionPool(
        host="metrics.cache.example.com",
        port=6380,
        connection_class=redis.SSLConnection,
        ssl_min_version=ssl.TLSVersion.TLSv1_1,
    )


def local_cache():
    return redis.Redis(host="localhost", port=6379, db=3)
