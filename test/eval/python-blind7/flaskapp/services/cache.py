import ssl

import redis

REDIS_HOST = "cache.prod.example.com"

pool = redis.ConnectionPool(
    host=REDIS_HOST,
    port=6380,
    connection_class=redis.SSLConnection,
    ssl_cert_reqs="none",
)
sessions = redis.Redis(host=REDIS_HOST, port=6380, ssl=True, ssl_ca_certs="/etc/ssl/redis-ca.pem", ssl_check_hostname=False)
rate_limits = redis.Redis.from_url("rediss://cache.prod.example.com:6380/2?ssl_cert_reqs=none")
queue = redis.Redis(host=REDIS_HOST, port=6380, ssl=True, ssl_min_version=ssl.TLSVersion.TLSv1)
locks = redis.Redis(
    host=REDIS_HOST,
    port=6380,
    ssl=True,
    ssl_cert_reqs="required",
    ssl_ca_certs="/etc/ssl/redis-ca.pem",
    ssl_check_hostname=True,
    ssl_min_version=ssl.TLSVersion.TLSv1_2,
)
