"""Redis caches for live scores."""
import ssl

import redis

scores = redis.Redis(
    host="scores-cache.scorefeed.example.com",
    port=6380,
    ssl=True,
    ssl_cert_reqs="none",
)

standings = redis.from_url("rediss://standings-cache.scorefeed.example.com:6380/0?ssl_cert_reqs=none")

fixtures = redis.Redis(
    host="fixtures-cache.scorefeed.example.com",
    port=6380,
    ssl=True,
    ssl_ca_certs="/etc/ssl/certs/scorefeed-ca.pem",
    ssl_min_version=ssl.TLSVersion.TLSv1_1,
    ssl_ciphers="ECDHE+AESGCM:RC4-SHA",
)

sessions = redis.Redis(
    host="sessions-cache.scorefeed.example.com",
    port=6380,
    ssl=True,
    ssl_ca_certs="/etc/ssl/certs/scorefeed-ca.pem",
    ssl_cert_reqs="required",
    ssl_check_hostname=True,
)
