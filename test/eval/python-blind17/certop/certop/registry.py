import httpx

from .config import settings


class RegistryClient:
    def __init__(self, token):
        self._client = httpx.Client(
            base_url=settings.registry_url,
            headers={"Authorization": f"Bearer {token}"},
            verify=settings.registry_verify_tls,
        )

    def tags(self, repo):
        return self._client.get(f"/v2/{repo}/tags/list").json()["tags"]

    def manifest_digest(self, repo, tag):
        resp = self._client.head(f"/v2/{repo}/manifests/{tag}", headers={"Accept": "application/vnd.oci.image.manifest.v1+json"})
        return resp.headers.get("Docker-Content-Digest")
