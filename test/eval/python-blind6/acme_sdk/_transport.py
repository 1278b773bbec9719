"""HTTP transports of the Acme SDK (httpx)."""
from __future__ import annotations

import ssl
from typing import Union

import httpx

VerifyTypes = Union[bool, str, ssl.SSLContext]

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)


def _onprem_context(ca_file: str | None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=ca_file)
    if ca_file is None:
        # On-prem installs generate their own certificate at first boot.
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


class BaseClient:
    def __init__(self, base_url: str, api_key: str, verify: VerifyTypes = True, retries: int = 3):
        self._verify = verify
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {api_key}"},
            timeout=DEFAULT_TIMEOUT,
            transport=httpx.HTTPTransport(retries=retries, verify=verify),
        )

    def get(self, path: str, **params) -> dict:
        resp = self._client.get(path, params=params)
        resp.raise_for_status()
        return resp.json()


class AsyncBaseClient:
    def __init__(self, base_url: str, api_key: str, verify: VerifyTypes = True):
        self._client = httpx.AsyncClient(base_url=base_url, headers={"Authorization": f"Bearer {api_key}"}, verify=verify)


def onprem_client(base_url: str, api_key: str, ca_file: str | None = None) -> BaseClient:
    return BaseClient(base_url, api_key, verify=_onprem_context(ca_file))


def staging_transport() -> httpx.HTTPTransport:
    return httpx.HTTPTransport(retries=5, verify=False)


def download(url: str, dest: str) -> None:
    with httpx.stream("GET", url, verify=True, follow_redirects=True) as resp:
        with open(dest, "wb") as fh:
            for chunk in resp.iter_bytes():
                fh.write(chunk)
