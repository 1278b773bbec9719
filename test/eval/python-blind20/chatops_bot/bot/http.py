import ssl

import aiohttp

SSL_CTX = ssl.create_default_context(cafile="/etc/opsbot/ca.pem")


async def post_message(session: aiohttp.ClientSession, webhook: str, text: str):
    async with session.post(webhook, json={"text": text}, ssl=SSL_CTX) as r:
        return r.status


async def fetch_pagerduty(token):
    async with aiohttp.ClientSession(headers={"Authorization": f"Token token={token}"}) as s:
        async with s.get("https://api.pagerduty.com/incidents?statuses[]=triggered") as r:
            return await r.json()


async def fetch_jenkins(url, user, api_token):
    conn = aiohttp.TCPConnector(ssl=False, limit=10)
    async with aiohttp.ClientSession(connector=conn, auth=aiohttp.BasicAuth(user, api_token)) as s:
        async with s.get(f"{url}/api/json?tree=jobs[name,color]") as r:
            return await r.json()


async def grafana_annotations(url, key):
    async with aiohttp.ClientSession() as s:
        async with s.post(f"{url}/api/annotations", json={"text": "deploy"}, headers={"Authorization": f"Bearer {key}"}, verify_ssl=False) as r:
            return r.status


async def pinned_status(url):
    fp = bytes.fromhex("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
    async with aiohttp.ClientSession() as s:
        async with s.get(url, ssl=aiohttp.Fingerprint(fp)) as r:
            return r.status


async def sidecar_health(port):
    async with aiohttp.request("GET", f"https://127.0.0.1:{port}/healthz", ssl=False) as r:
        return r.status
