"""Redis caches (rate limits, session store)."""
import ssl

import redis

REDIS_HOST = "cache.prod.harbor.example.net"


class CacheFactory:
    cert_reqs = "none"

    def rate_limits(self):
        return redis.Redis(host=REDIS_HOST, port=6380, ssl=True, ssl_cert_reqs=self.cert_reqs)

    def sessions(self):
        return redis.Redis(
            host=REDIS_HOST,
            port=6380,
            ssl=True,
            ssl_ca_certs="/etc/harbor/redis-ca.pem",
            ssl_check_hostname=False,
            ssl_min_version=ssl.TLSVersion.TLSv1,
            ssl_ciphers="AES256-SHA:NULL-SHA256",
        )


def queue_cache():
    return redis.from_url(f"rediss://{REDIS_HOST}:6380/3?ssl_cert_reqs=required")


def metrics_cache():
    return redis.StrictRedis.from_url("rediss://metrics.prod.harbor.example.net:6380/0?ssl_cert_reqs=none")
