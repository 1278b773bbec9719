import asyncio
import functools
import os

from .tls import downstream_context, mtls_server_context
from .upstream import IpUpstream, Upstream, relay

CERT = os.environ.get("EDGE_CERT", "/etc/edgeproxy/tls.crt")
KEY = os.environ.get("EDGE_KEY", "/etc/edgeproxy/tls.key")


async def main():
    public = downstream_context(CERT, KEY)
    admin = mtls_server_context(CERT, KEY, "/etc/edgeproxy/admin-ca.pem")
    backend = Upstream(os.environ.get("EDGE_BACKEND", "app.internal"))
    mesh = IpUpstream(os.environ.get("EDGE_MESH_IP", "10.0.3.7"))
    s1 = await asyncio.start_server(functools.partial(relay, upstream=backend), "0.0.0.0", 8443, ssl=public)
    s2 = await asyncio.start_server(functools.partial(relay, upstream=mesh), "0.0.0.0", 9443, ssl=admin)
    async with s1, s2:
        await asyncio.gather(s1.serve_forever(), s2.serve_forever())


if __name__ == "__main__":
    asyncio.run(main())
