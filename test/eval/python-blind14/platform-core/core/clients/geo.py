from core.settings import settings

import httpx


def lookup(ip: str) -> dict:
    with httpx.Client(base_url=settings.geo_api_url, verify=settings.geo_api_verify, timeout=5) as client:
        return client.get(f"/v1/ip/{ip}").json()


def audit(event: dict) -> None:
    httpx.post(f"{settings.audit_api_url}/events", json=event, verify=settings.audit_verify_tls, timeout=5)
