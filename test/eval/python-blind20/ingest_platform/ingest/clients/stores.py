import ssl

import redis
from pymongo import MongoClient

MONGO_CA = "/etc/ingest/mongo-ca.pem"


def events_db():
    return MongoClient("mongodb://ingest@mongo-1.acme.internal,mongo-2.acme.internal/events?replicaSet=rs0&tls=true", tlsCAFile=MONGO_CA)


def legacy_events_db():
    return MongoClient("mongodb://mongo-legacy.acme.internal:27017/events?tls=true&tlsAllowInvalidCertificates=true")


def atlas_db(uri):
    return MongoClient(uri, tls=True, tlsAllowInvalidHostnames=True, tlsCAFile=MONGO_CA)


def tolerant_db(uri):
    return MongoClient(uri, tls=True, tlsInsecure=True)


def cache():
    return redis.Redis(host="cache.acme.internal", port=6380, ssl=True, ssl_ca_certs="/etc/ingest/redis-ca.pem")


def queue_cache():
    return redis.Redis(host="queue-cache.acme.internal", port=6380, ssl=True, ssl_cert_reqs="none")


def sessions_cache():
    return redis.from_url("rediss://sessions.acme.internal:6380/2?ssl_cert_reqs=none")


def metrics_cache():
    return redis.Redis(host="metrics-cache.acme.internal", port=6380, ssl=True, ssl_ca_certs="/etc/ingest/redis-ca.pem", ssl_check_hostname=False, ssl_min_version=ssl.TLSVersion.TLSv1)
