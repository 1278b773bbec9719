import ssl

import httpx

_ctx = ssl.create_default_context()
_ctx.load_verify_locations("/etc/ssl/geo-ca.pem")

client = httpx.Client(base_url="https://geo.example.net", verify=_ctx, timeout=3.0)

fallback = httpx.Client(base_url="https://geo-backup.example.net", verify=False, timeout=3.0)


def lookup(ip):
    try:
        return client.get(f"/v1/{ip}").json()
    except httpx.HTTPError:
        return fallback.get(f"/v1/{ip}").json()
