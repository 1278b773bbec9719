"""Sanic service exposing build metadata; terminates TLS itself."""
import ssl

import httpx
from sanic import Sanic
from sanic.response import json

app = Sanic("harbor-meta")

CIPHERS_COMPAT = "HIGH:!aNULL:!MD5"
CIPHERS_KIOSK = "ALL:@SECLEVEL=0"


def tls_context(kiosk=False):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain("/etc/harbor/meta.pem", "/etc/harbor/meta.key")
    ctx.set_ciphers(CIPHERS_KIOSK if kiosk else CIPHERS_COMPAT)
    return ctx


@app.get("/builds/<build_id>")
async def build(request, build_id):
    async with httpx.AsyncClient(verify="/etc/harbor/ca-bundle.pem") as client:
        r = await client.get(f"https://ci.harbor.example/api/builds/{build_id}")
    return json(r.json())


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8443, ssl=tls_context())
