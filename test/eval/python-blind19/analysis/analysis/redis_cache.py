import ssl

import redis

CA = "/etc/ssl/redis-ca.pem"

cache = redis.Redis(host="cache.research.example.com", port=6380, ssl=True, ssl_cert_reqs="none")


def feature_store():
    return redis.Redis.from_url("rediss://features.research.example.com:6380/0", ssl_ca_certs=CA)


def lab_cache():
    return redis.from_url("rediss://lab-redis.research.example.com:6380/0?ssl_cert_reqs=none")


def session_cache():
    return redis.Redis(host="sessions.research.example.com", port=6380, ssl=True, ssl_ca_certs=CA, ssl_check_hostname=False)


def old_cluster():
    return redis.Redis(host="redis-old.research.example.com", port=6380, ssl=True, ssl_ca_certs=CA, ssl_min_version=ssl.TLSVersion.TLSv1_1)


def strict_cache():
    return redis.Redis(host="cache.research.example.com", port=6380, ssl=True, ssl_cert_reqs="required", ssl_ca_certs=CA, ssl_min_version=ssl.TLSVersion.TLSv1_2)
