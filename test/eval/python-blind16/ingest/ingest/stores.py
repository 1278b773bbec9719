import ssl

import redis
from elasticsearch import Elasticsearch
from pymongo import MongoClient

from .config import settings


def cache() -> redis.Redis:
    return redis.Redis(host=settings.redis_host, port=6380, ssl=True, ssl_ca_certs="/etc/ssl/certs/ca-certificates.crt")


def session_cache() -> redis.Redis:
    return redis.Redis(host="sessions.example.com", port=6380, ssl=True, ssl_cert_reqs="none")


def rate_limit_cache() -> redis.Redis:
    return redis.Redis(
        host="ratelimit.example.com",
        port=6380,
        ssl=True,
        ssl_ca_certs="/etc/ssl/certs/ca-certificates.crt",
        ssl_check_hostname=False,
    )


def queue_cache() -> redis.Redis:
    return redis.Redis(host="queue.example.com", port=6380, ssl=True, ssl_min_version=ssl.TLSVersion.TLSv1)


def cache_from_url() -> redis.Redis:
    return redis.from_url("rediss://cache.example.com:6380/0?ssl_cert_reqs=required")


def search() -> Elasticsearch:
    return Elasticsearch(settings.es_url, verify_certs=settings.es_verify_certs, request_timeout=30)


def search_verified() -> Elasticsearch:
    return Elasticsearch(settings.es_url, ca_certs=settings.es_ca, verify_certs=True)


def search_by_ip() -> Elasticsearch:
    return Elasticsearch("https://10.20.0.15:9200", ca_certs=settings.es_ca, ssl_assert_hostname=False)


def documents() -> MongoClient:
    return MongoClient(settings.mongo_uri, tls=True, tlsCAFile="/etc/ingest/mongo-ca.pem")


def documents_replica() -> MongoClient:
    return MongoClient(settings.mongo_uri, tls=True, tlsCAFile="/etc/ingest/mongo-ca.pem", tlsAllowInvalidHostnames=True)


def documents_archive() -> MongoClient:
    return MongoClient("mongodb://archive-1.example.com:27017/?tls=true&tlsInsecure=true")
