"""Named client factories: get_client("cache") etc."""
import functools

import redis

from .tlsdefaults import *  # noqa: F401,F403
from .tlsdefaults import DEFAULT_SSL_OPTIONS, LAB_SSL_OPTIONS


def _redis(host, **extra):
    return redis.Redis(host=host, port=6380, ssl=True, socket_timeout=5, **extra)


CLIENT_FACTORIES = {
    "cache": functools.partial(_redis, "cache.platform.example.com", **DEFAULT_SSL_OPTIONS),
    "sessions": functools.partial(redis.Redis, host="sessions.platform.example.com", port=6380, ssl=True, ssl_cert_reqs="none"),
    "lab": functools.partial(_redis, "redis.lab.example.com", **LAB_SSL_OPTIONS),
    "queue": functools.partial(redis.from_url, "rediss://queue.platform.example.com:6380/0?ssl_cert_reqs=required"),
    "ratelimit": functools.partial(
        redis.Redis,
        host="ratelimit.platform.example.com",
        ssl=True,
        ssl_ca_certs=INTERNAL_CA,  # noqa: F405
        ssl_check_hostname=False,
    ),
}


@functools.lru_cache(maxsize=None)
def get_client(name):
    return CLIENT_FACTORIES[name]()
