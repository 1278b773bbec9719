import ssl

import redis

feature_cache = redis.Redis.from_url("rediss://:hunter2@features.example.com:6380/2?ssl_cert_reqs=none")

session_cache = redis.Redis.from_url(
    "rediss://sessions.example.com:6380/3",
    ssl_ca_certs="/etc/ssl/certs/redis-ca.pem",
)

legacy_cache = redis.Redis(
    host="legacy-cache.example.com",
    port=6380,
    ssl=True,
    ssl_ca_certs="/etc/ssl/certs/redis-ca.pem",
    ssl_min_version=ssl.TLSVersion.TLSv1_1,
)

modern_cache = redis.Redis(
    host="cache.example.com",
    port=6380,
    ssl=True,
    ssl_ca_certs="/etc/ssl/certs/redis-ca.pem",
    ssl_min_version=ssl.TLSVersion.TLSv1_2,
)
