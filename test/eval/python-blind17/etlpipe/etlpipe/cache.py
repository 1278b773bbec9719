import ssl

import redis

from . import settings


def main_cache():
    return redis.Redis(host=settings.REDIS_HOST, port=6380, ssl=True, ssl_ca_certs=settings.REDIS_CA)


def session_cache():
    return redis.Redis(host="sessions.prod.example.com", port=6380, ssl=True, ssl_cert_reqs="none")


def lock_cache():
    return redis.Redis(host="10.40.2.11", port=6380, ssl=True, ssl_ca_certs=settings.REDIS_CA, ssl_check_hostname=False)


def legacy_cache():
    return redis.Redis(host="legacy-cache.prod.example.com", port=6380, ssl=True, ssl_ca_certs=settings.REDIS_CA, ssl_min_version=ssl.TLSVersion.TLSv1)


def queue_cache():
    return redis.from_url("rediss://queue-cache.prod.example.com:6380/0?ssl_cert_reqs=required&ssl_ca_certs=/etc/etlpipe/redis-ca.pem")
