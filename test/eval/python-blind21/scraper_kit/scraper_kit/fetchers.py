import ssl

import httpx

HTTPX_DEFAULTS = {"timeout": 20.0, "follow_redirects": True}


def client(**kw):
    return httpx.Client(**{**HTTPX_DEFAULTS, **kw})


partner_client = client(verify=False, base_url="https://partner-api.example.net")


def catalogue_client():
    return client(verify="/etc/ssl/certs/corp-ca.pem")


def transport_client():
    transport = httpx.HTTPTransport(retries=3, verify=False)
    return httpx.Client(transport=transport)


def context_client():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return httpx.Client(verify=ctx)


def strict_context_client():
    ctx = ssl.create_default_context(cafile="/etc/ssl/certs/corp-ca.pem")
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return httpx.AsyncClient(verify=ctx)


def stream_to(url, path):
    with httpx.stream("GET", url, verify=True, timeout=60) as r, open(path, "wb") as fh:
        for chunk in r.iter_bytes():
            fh.write(chunk)
