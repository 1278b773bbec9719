import ssl

import redis

SESSION_URL = "rediss://:{password}@sessions.prod.example.com:6380/1?ssl_cert_reqs=none"


def make_cache(app):
    return redis.Redis(host=app.config.get("REDIS_HOST", "localhost"), port=6379, db=0)


def session_store(password):
    return redis.Redis.from_url(SESSION_URL.format(password=password))


class RateLimiterStore:
    def __init__(self, host):
        self.client = redis.Redis(
            host=host,
            port=6380,
            ssl=True,
            ssl_cert_reqs="required",
            ssl_check_hostname=False,
        )


def queue_store():
    return redis.Redis(
        host="queue.prod.example.com",
        port=6380,
        ssl=True,
        ssl_ca_certs="/etc/ssl/redis-ca.pem",
        ssl_min_version=ssl.TLSVersion.TLSv1_1,
        ssl_ciphers="ECDHE-RSA-AES256-GCM-SHA384:DES-CBC3-SHA",
    )


def strict_store():
    return redis.Redis(host="vault-cache.prod.example.com", port=6380, ssl=True, ssl_cert_reqs="required", ssl_ca_certs="/etc/ssl/redis-ca.pem")
