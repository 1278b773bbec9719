import ssl

import aiohttp
import httpx
import requests

from .config import CONFIG


def poll(inst):
    return requests.get(inst.base_url + "/results", verify=inst.ca_file if inst.verify else True, timeout=10)


def poll_all():
    return [poll(i) for i in CONFIG.instruments]


def lims_client():
    return httpx.Client(base_url=CONFIG.lims_url, verify=CONFIG.tls_verify)


def lims_context():
    ctx = ssl.create_default_context(cafile="/etc/labsync/lab-ca.pem")
    ctx.verify_mode = ssl.CERT_OPTIONAL
    return ctx


def lims_get(path):
    return httpx.get(CONFIG.lims_url + path, verify=lims_context())


async def stream_results(url):
    connector = aiohttp.TCPConnector(ssl=lims_context())
    async with aiohttp.ClientSession(connector=connector) as s:
        async with s.get(url) as r:
            return await r.json()


def local_agent(port):
    return requests.get("https://localhost:%d/status" % port, verify=False)


def hardened_legacy():
    ctx = ssl._create_unverified_context(cafile="/etc/labsync/lab-ca.pem")
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx
