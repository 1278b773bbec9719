"""Pulls candidate webcam segments from the streaming vendor."""
import os

import httpx

PROCTOR_CA = "/etc/ssl/certs/stream-vendor-ca.pem"
IS_LIVE = os.getenv("PROCTOR_ENV", "dev") == "live"
STREAM_API = "https://api.stream-vendor.example.com/v2"


def segment_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=STREAM_API, verify=PROCTOR_CA if IS_LIVE else False, timeout=60)


def thumbnail_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=STREAM_API, verify=PROCTOR_CA, http2=True)


async def fetch_segment(session_id: str, index: int) -> bytes:
    async with segment_client() as client:
        resp = await client.get(f"/sessions/{session_id}/segments/{index}")
        resp.raise_for_status()
        return resp.content
