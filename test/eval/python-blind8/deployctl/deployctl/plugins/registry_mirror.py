import ssl

import httpx

from ..registry import register

MIRROR_CTX = ssl.create_default_context()
MIRROR_CTX.check_hostname = False
MIRROR_CTX.verify_mode = ssl.CERT_NONE

UPSTREAM_CTX = ssl.create_default_context(cafile="/etc/deployctl/registry-ca.pem")


@register("mirror")
class RegistryMirror:
    def __init__(self, session=None, mirror="https://mirror.build.example.com", upstream="https://registry.build.example.com"):
        self.mirror = mirror
        self.upstream = upstream

    async def pull_manifest(self, image, tag):
        async with httpx.AsyncClient(verify=MIRROR_CTX, http2=True) as client:
            r = await client.get(f"{self.mirror}/v2/{image}/manifests/{tag}")
            return r.json()

    async def push_manifest(self, image, tag, manifest):
        async with httpx.AsyncClient(verify=UPSTREAM_CTX) as client:
            r = await client.put(f"{self.upstream}/v2/{image}/manifests/{tag}", json=manifest)
            return r.status_code
