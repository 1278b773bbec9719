import ssl

import redis

REDIS_CA = "/etc/ssl/certs/redis-ca.pem"


def dedupe_cache():
    return redis.Redis(host="etl-cache.analytics.example.com", port=6380, ssl=True, ssl_cert_reqs="required", ssl_ca_certs=REDIS_CA)


def rate_limit_cache():
    return redis.Redis(host="ratelimit.analytics.example.com", port=6380, ssl=True, ssl_cert_reqs=None)


def session_cache():
    return redis.from_url("rediss://:secret@sessions.analytics.example.com:6380/0?ssl_cert_reqs=none")


def lookup_cache():
    return redis.Redis(host="10.40.3.9", port=6380, ssl=True, ssl_ca_certs=REDIS_CA, ssl_check_hostname=False)


def legacy_cache():
    return redis.Redis(host="cache-legacy.analytics.example.com", port=6380, ssl=True, ssl_ca_certs=REDIS_CA, ssl_min_version=ssl.TLSVersion.TLSv1)


def modern_cache():
    return redis.Redis(host="cache.analytics.example.com", port=6380, ssl=True, ssl_ca_certs=REDIS_CA, ssl_min_version=ssl.TLSVersion.TLSv1_2)
