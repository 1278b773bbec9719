from redis import asyncio as aioredis

from app.config import settings

REDIS_CA = "/etc/ssl/certs/elasticache-ca.pem"

cache = aioredis.from_url(settings.redis_url, ssl_cert_reqs="required", ssl_ca_certs=REDIS_CA, decode_responses=True)

sessions = aioredis.Redis(
    host="sessions.prod.example.com",
    port=6380,
    ssl=True,
    ssl_cert_reqs=None,
    decode_responses=True,
)

rate_limits = aioredis.Redis(
    host="10.20.4.17",
    port=6380,
    ssl=True,
    ssl_ca_certs=REDIS_CA,
    ssl_check_hostname=False,
)


async def cached(key: str) -> str | None:
    return await cache.get(key)
