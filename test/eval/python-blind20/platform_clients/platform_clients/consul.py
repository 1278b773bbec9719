import httpx

from .config import consul as settings


def client():
    return httpx.Client(base_url=settings.addr, verify=settings.verify_tls, headers={"X-Consul-Token": settings.token}, timeout=5.0)


def services():
    with client() as c:
        return c.get("/v1/catalog/services").json()


def kv_get(key, ca="/etc/consul/ca.pem"):
    with httpx.Client(base_url=settings.addr, verify=ca) as c:
        return c.get(f"/v1/kv/{key}", params={"raw": True}).text


async def watch(index=0):
    async with httpx.AsyncClient(base_url=settings.addr, verify=True, timeout=None) as c:
        r = await c.get("/v1/catalog/services", params={"index": index, "wait": "5m"})
        return r.headers.get("X-Consul-Index"), r.json()
