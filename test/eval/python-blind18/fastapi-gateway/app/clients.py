import os

import redis
from elasticsearch import AsyncElasticsearch, Elasticsearch
from redis.asyncio import Redis as AsyncRedis

from .config import settings

REDIS_URL = os.environ.get("REDIS_URL", "rediss://cache.internal.example.com:6380/0")

es = AsyncElasticsearch(
    settings.search_url,
    ca_certs="/etc/ssl/certs/es-ca.pem",
    verify_certs=True,
)

es_reporting = Elasticsearch(
    ["https://reporting-es.example.com:9200"],
    basic_auth=("reporter", os.environ.get("ES_PASSWORD", "")),
    verify_certs=False,
    ssl_show_warn=False,
)

cache = AsyncRedis.from_url(REDIS_URL, ssl_cert_reqs="required")

sessions = redis.Redis(
    host="sessions.internal.example.com",
    port=6380,
    ssl=True,
    ssl_cert_reqs=None,
)

rate_limits = redis.Redis(
    host="ratelimit.internal.example.com",
    port=6380,
    ssl=True,
    ssl_ca_certs="/etc/ssl/certs/redis-ca.pem",
    ssl_check_hostname=False,
)
