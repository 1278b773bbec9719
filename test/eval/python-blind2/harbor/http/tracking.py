"""Tracking-event ingestion over httpx."""
import ssl

import httpx

from harbor import config

SANDBOX = True


def _partner_context():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def _internal_context():
    ctx = ssl.create_default_context(cafile=config.CA_BUNDLE)
    return ctx


class EventPoller:
    base_url = "https://events.partner.example.net"

    def __init__(self):
        self.client = httpx.Client(verify=_partner_context(), base_url=self.base_url)
        self.internal = httpx.Client(verify=_internal_context())

    def poll(self, cursor):
        r = self.client.get("/v2/events", params={"after": cursor})
        return r.json()


async def push_status(url, body):
    async with httpx.AsyncClient(verify=False if SANDBOX else True) as client:
        await client.post(url, json=body)


def stream_export(url):
    with httpx.stream("GET", url, verify=False, timeout=60) as resp:
        for chunk in resp.iter_bytes():
            yield chunk


def mirror(url):
    transport = httpx.HTTPTransport(retries=3, verify=config.CA_BUNDLE)
    with httpx.Client(transport=transport) as c:
        return c.get(url).text
