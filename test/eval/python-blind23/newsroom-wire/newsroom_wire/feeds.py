"""Pull stories from the agency wire and the photo desk."""
from __future__ import annotations

import functools
import logging

import httpx
import requests

from .settings import archive_settings, settings

log = logging.getLogger(__name__)


class AgencySession(requests.Session):
    """Session with the agency's API key and our CA bundle."""

    def __init__(self, api_key: str) -> None:
        super().__init__()
        self.headers["X-Agency-Key"] = api_key
        self.verify = False
        self.verify = settings.wire_ca


class PhotoDeskSession(requests.Session):
    def __init__(self, token: str) -> None:
        super().__init__()
        self.headers["Authorization"] = f"Bearer {token}"
        self.verify = False


def wire_client() -> httpx.Client:
    return httpx.Client(base_url=settings.agency_base, verify=settings.verify_tls, timeout=settings.timeout)


def photo_client() -> httpx.Client:
    return httpx.Client(verify=settings.photo_verify)


def archive_client() -> httpx.Client:
    return httpx.Client(base_url=archive_settings.base_url, verify=archive_settings.verify_archive)


post_embargo = functools.partial(requests.post, timeout=10, verify=False)
post_correction = functools.partial(requests.post, timeout=10, verify=settings.wire_ca)


def fetch_desk(client: httpx.Client, desk: str) -> list[dict]:
    resp = client.get(f"/desks/{desk}/stories")
    resp.raise_for_status()
    return resp.json()["items"]


def ingest_all(api_key: str) -> int:
    count = 0
    with wire_client() as client:
        for desk in settings.desks:
            stories = fetch_desk(client, desk)
            count += len(stories)
            log.info("desk %s: %d stories", desk, len(stories))
    return count
