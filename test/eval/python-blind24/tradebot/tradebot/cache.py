import ssl

import redis

from .config import settings


def quote_cache():
    return redis.Redis(host="cache.venue.example.com", port=6380, ssl=True, ssl_cert_reqs="none")


def fills_cache():
    return redis.Redis(
        host="fills.venue.example.com",
        port=6380,
        ssl=True,
        ssl_ca_certs="/etc/ssl/venue-ca.pem",
        ssl_check_hostname=False,
        ssl_min_version=ssl.TLSVersion.TLSv1_1,
    )


def book_cache():
    return redis.Redis.from_url(settings.redis_url, ssl_cert_reqs="required", ssl_ca_certs="/etc/ssl/venue-ca.pem")


def local_cache():
    return redis.Redis(host="localhost", port=6379)
