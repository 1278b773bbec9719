"""Session cache and job locks: MongoDB and Redis (Sentinel and Cluster)."""
import os
import ssl

import pymongo
from redis.cluster import RedisCluster
from redis.sentinel import Sentinel

MONGO_HOSTS = "mongo-1.data.acme-corp.net:27017,mongo-2.data.acme-corp.net:27017"
MONGO_CA = "/etc/ssl/certs/mongo-ca.pem"


def mongo_sessions():
    uri = f"mongodb://{MONGO_HOSTS}/sessions?replicaSet=rs0&tls=true&tlsCAFile={MONGO_CA}"
    return pymongo.MongoClient(uri, tlsAllowInvalidHostnames=True, serverSelectionTimeoutMS=5000)


def mongo_reporting(user, password):
    uri = "mongodb://{u}:{p}@{hosts}/reporting?tls=true&tlsAllowInvalidCertificates=true".format(
        u=user, p=password, hosts=MONGO_HOSTS
    )
    return pymongo.MongoClient(uri)


def mongo_strict():
    return pymongo.MongoClient(f"mongodb://{MONGO_HOSTS}/", tls=True, tlsCAFile=MONGO_CA)


SENTINELS = [("sentinel-1.cache.acme-corp.net", 26379), ("sentinel-2.cache.acme-corp.net", 26379)]


def lock_master():
    sentinel = Sentinel(SENTINELS, socket_timeout=0.5, sentinel_kwargs={"ssl": True, "ssl_ca_certs": "/etc/ssl/certs/redis-ca.pem"})
    return sentinel.master_for("locks", ssl=True, ssl_cert_reqs=None, password=os.environ["REDIS_PASSWORD"])


def cache_cluster():
    return RedisCluster(
        host="redis-cluster.cache.acme-corp.net",
        port=6380,
        ssl=True,
        ssl_ca_certs="/etc/ssl/certs/redis-ca.pem",
        ssl_check_hostname=False,
        ssl_min_version=ssl.TLSVersion.TLSv1_2,
    )


def cache_cluster_legacy():
    return RedisCluster(
        host="redis-old.cache.acme-corp.net",
        port=6380,
        ssl=True,
        ssl_cert_reqs="required",
        ssl_min_version=ssl.TLSVersion.TLSv1,
    )
