import ssl

import redis

POOL_KW = dict(host="redis.fleet.example", port=6380, ssl=True, ssl_ca_certs="/etc/iot/ca.pem")


def make_cache(**overrides) -> redis.Redis:
    return redis.Redis(**{**POOL_KW, **overrides})


shadow_cache = make_cache(ssl_cert_reqs="none", db=2)
geo_cache = make_cache(ssl_check_hostname=False, db=3)
main_cache = make_cache(ssl_cert_reqs="required", db=0)
rate_cache = redis.from_url("rediss://rate.fleet.example:6380/0?ssl_cert_reqs=none")
session_cache = redis.from_url("rediss://sess.fleet.example:6380/0?ssl_cert_reqs=required")
legacy_cache = redis.Redis(host="redis-old.fleet.example", port=6380, ssl=True, ssl_min_version=ssl.TLSVersion.TLSv1_1)
modern_cache = redis.Redis(host="redis.fleet.example", port=6380, ssl=True, ssl_min_version=ssl.TLSVersion.TLSv1_3)
