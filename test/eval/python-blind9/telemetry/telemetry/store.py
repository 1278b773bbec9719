import ssl

import asyncpg
import redis.asyncio as redis

DSN = "postgresql://telemetry@tsdb.internal.example:5432/metrics?sslmode=prefer"
LOCAL_DSN = "postgresql://telemetry@localhost:5432/metrics?sslmode=disable"


async def pool():
    return await asyncpg.create_pool(DSN, min_size=2, max_size=10)


async def local_pool():
    return await asyncpg.create_pool(LOCAL_DSN)


async def verified_pool():
    ctx = ssl.create_default_context(cafile="/etc/ssl/certs/tsdb-ca.pem")
    return await asyncpg.create_pool("postgresql://telemetry@tsdb.internal.example:5432/metrics", ssl=ctx)


cache = redis.Redis(host="cache.telemetry.example.com", port=6380, ssl=True, ssl_cert_reqs="none")
sessions = redis.Redis(host="sessions.telemetry.example.com", port=6380, ssl=True, ssl_ca_certs="/etc/ssl/certs/redis-ca.pem", ssl_check_hostname=False)
metrics = redis.Redis(host="metrics.telemetry.example.com", port=6380, ssl=True, ssl_ca_certs="/etc/ssl/certs/redis-ca.pem", ssl_min_version=ssl.TLSVersion.TLSv1_1)
queue = redis.from_url("rediss://queue.telemetry.example.com:6380/0?ssl_cert_reqs=required")
