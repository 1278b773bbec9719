import json
import os

import httpx
import requests

from .settings import BaseConfig

SESSION = requests.Session()
SESSION.verify = os.environ.get("CHATOPS_CA", True)


def post_slack(text, **kw):
    return SESSION.post(BaseConfig.SLACK_WEBHOOK, data=json.dumps({"text": text}), **kw)


def post_teams(card):
    return requests.post(BaseConfig.TEAMS_WEBHOOK, json=card, timeout=10, verify=BaseConfig.WEBHOOK_VERIFY)


def post_via_proxy(text):
    proxies = {"https": "http://egress-proxy.corp.example.com:3128"}
    return requests.post(BaseConfig.SLACK_WEBHOOK, json={"text": text}, proxies=proxies, verify=False)


def post_status_page(component, status):
    kwargs = dict(json={"component": component, "status": status}, timeout=5)
    kwargs["verify"] = False
    return requests.patch("https://status.corp.example.com/api/v1/components", **kwargs)


def post_pagerduty(event):
    kwargs = {"json": event, "verify": False}
    kwargs["verify"] = "/etc/ssl/certs/ca-certificates.crt"
    return requests.post("https://events.pagerduty.com/v2/enqueue", **kwargs)


async def post_async(url, payload):
    async with httpx.AsyncClient() as client:
        return await client.post(url, json=payload)


def post_incident_stream(url, payload):
    with httpx.stream("POST", url, json=payload, verify=False) as r:
        return r.read()
