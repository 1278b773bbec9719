import ssl

import aiohttp

CA = "/etc/ssl/partner-ca.pem"


async def fetch_all(urls):
    ctx = ssl.create_default_context(cafile=CA)
    async with aiohttp.ClientSession() as session:
        results = []
        for url in urls:
            async with session.get(url, ssl_context=ctx) as resp:  # expect: no-deprecated-tls-api
                results.append(await resp.text())
        return results


async def fetch_pinned(url, digest):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=aiohttp.Fingerprint(digest)) as resp:
            return await resp.read()
