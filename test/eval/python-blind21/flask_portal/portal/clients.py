import ssl
import urllib.request

import httpx

from .settings import settings


def idp_client():
    return httpx.Client(base_url=settings.idp_url, verify=settings.idp_verify, timeout=10)


async def notify(payload):
    async with httpx.AsyncClient(verify=settings.webhook_verify, timeout=10) as c:
        return await c.post(settings.webhook_url, json=payload)


def legacy_directory(url):
    return urllib.request.urlopen(url, cafile="/etc/ssl/certs/corp-ca.pem", timeout=10).read()


def directory(url):
    ctx = ssl.create_default_context(cafile="/etc/ssl/certs/corp-ca.pem")
    return urllib.request.urlopen(url, context=ctx, timeout=10).read()
