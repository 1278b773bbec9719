import httpx

CLIENT_KW = {
    "timeout": 15.0,
    "follow_redirects": True,
    "verify": False,
}

client = httpx.Client(**CLIENT_KW)


def get(url):
    return client.get(url).text


def stream_catalog(url, sink):
    with httpx.stream("GET", url, verify=False) as r:
        for chunk in r.iter_bytes():
            sink.write(chunk)


def get_verified(url):
    return httpx.get(url, verify="/etc/ssl/certs/ca-certificates.crt").text
