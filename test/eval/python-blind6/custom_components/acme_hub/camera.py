"""Camera platform: snapshots from the hub's camera proxy."""
import ssl

import aiohttp

SNAPSHOT_PATH = "/api/v1/camera/{camera_id}/snapshot"


def _camera_context(ca_file: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class AcmeCamera:
    def __init__(self, session: aiohttp.ClientSession, host: str, camera_id: str, ca_file: str, pin_sha256: str):
        self._session = session
        self._url = f"https://{host}:8443" + SNAPSHOT_PATH.format(camera_id=camera_id)
        self._ctx = _camera_context(ca_file)
        self._pin = bytes.fromhex(pin_sha256)

    async def async_camera_image(self) -> bytes:
        async with self._session.get(self._url, ssl_context=self._ctx) as resp:
            return await resp.read()

    async def async_pinned_image(self) -> bytes:
        async with self._session.get(self._url, fingerprint=self._pin) as resp:
            return await resp.read()

    async def async_stream_source(self) -> str:
        async with self._session.get(self._url.replace("snapshot", "stream"), verify_ssl=True) as resp:
            return (await resp.json())["rtsp"]
