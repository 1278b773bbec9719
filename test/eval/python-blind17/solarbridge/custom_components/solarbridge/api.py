import ssl

import aiohttp

from .const import CA_PATH

PINNED = aiohttp.Fingerprint(bytes.fromhex("5f3c1a8e0b7d9c2e4a6f8b1d3c5e7a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e0f"))


def _ca_context():
    ctx = ssl.create_default_context(cafile=CA_PATH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class SolarBridgeApi:
    def __init__(self, session, host, token):
        self._session = session
        self._host = host
        self._headers = {"Authorization": f"Bearer {token}"}

    async def status(self):
        async with self._session.get(f"https://{self._host}/api/v1/status", headers=self._headers, ssl=PINNED) as resp:
            return await resp.json()

    async def battery(self):
        async with self._session.get(f"https://{self._host}/api/v1/battery", headers=self._headers, ssl=_ca_context()) as resp:
            return await resp.json()

    async def discover(self, subnet_hosts):
        found = []
        for h in subnet_hosts:
            try:
                async with self._session.get(f"https://{h}/api/v1/info", ssl=False, timeout=aiohttp.ClientTimeout(total=1)) as resp:
                    if resp.status == 200:
                        found.append(h)
            except aiohttp.ClientError:
                continue
        return found


async def standalone_session(verify=True):
    connector = aiohttp.TCPConnector(ssl=_ca_context() if verify else False)
    return aiohttp.ClientSession(connector=connector)


def legacy_gateway_session():
    return aiohttp.ClientSession(connector=aiohttp.TCPConnector(verify_ssl=False))
