import ssl

import aiohttp
import httpx

from ..settings import CA_BUNDLE, IS_PRODUCTION


def http2_client():
    return httpx.AsyncClient(http2=True, verify=False, timeout=30)


def verified_client():
    return httpx.AsyncClient(http2=True, verify=ssl.create_default_context(cafile=CA_BUNDLE))


def env_client():
    return httpx.Client(verify=IS_PRODUCTION, timeout=15)


def retrying_transport():
    return httpx.HTTPTransport(retries=3, verify=False)


def configured_client(extras):
    return httpx.Client(verify=extras.get("ca_bundle", True))


async def aio_fetch(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=False) as resp:
            return await resp.text()


async def aio_legacy_connector_fetch(url):
    connector = aiohttp.TCPConnector(verify_ssl=False)
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.get(url) as resp:
            return await resp.text()


async def aio_verified_fetch(url):
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=ctx)) as session:
        async with session.get(url) as resp:
            return await resp.text()
