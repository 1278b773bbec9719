"""Redis Sentinel and Cluster clients."""
import ssl

from redis import Redis
from redis.cluster import RedisCluster
from redis.sentinel import Sentinel

SENTINELS = [("sentinel-a.harbor.example", 26379), ("sentinel-b.harbor.example", 26379)]


class CacheSettings:
    ssl_cert_reqs = None
    ssl_ca_certs = "/etc/harbor/redis-ca.pem"

    def cache_master(self):
        sentinel = Sentinel(SENTINELS, socket_timeout=0.5)
        return sentinel.master_for(
            "cache",
            ssl=True,
            ssl_cert_reqs=self.ssl_cert_reqs,
            ssl_ca_certs=self.ssl_ca_certs,
        )


def queue_cluster():
    return RedisCluster(
        host="redis-cluster.harbor.example",
        port=6380,
        ssl=True,
        ssl_ca_certs="/etc/harbor/redis-ca.pem",
        ssl_check_hostname=False,
        ssl_min_version=ssl.TLSVersion.TLSv1_1,
    )


def rate_limiter():
    return Redis.from_url("rediss://ratelimit.harbor.example:6380/0?ssl_cert_reqs=required")


def local_cache():
    return Redis(host="127.0.0.1", port=6379)
