"""Recording archive downloads (stdlib only: this runs on the archive box)."""
import http.client
import ssl
import urllib.request

ARCHIVE_HOST = "recordings-archive.university.example.edu"
ARCHIVE_CA = "/etc/ssl/certs/university-ca.pem"


def archive_index() -> bytes:
    return urllib.request.urlopen(f"https://{ARCHIVE_HOST}/index.json", cafile=ARCHIVE_CA).read()


def archive_opener() -> urllib.request.OpenerDirector:
    ctx = ssl.create_default_context(cafile=ARCHIVE_CA)
    return urllib.request.build_opener(urllib.request.HTTPSHandler(context=ctx, check_hostname=False))


def recording_head(path: str) -> int:
    ctx = ssl.create_default_context(cafile=ARCHIVE_CA)
    conn = http.client.HTTPSConnection(ARCHIVE_HOST, 443, context=ctx, check_hostname=False)
    conn.request("HEAD", path)
    return conn.getresponse().status


def recording_get(path: str) -> bytes:
    ctx = ssl.create_default_context(cafile=ARCHIVE_CA)
    conn = http.client.HTTPSConnection(ARCHIVE_HOST, 443, context=ctx)
    conn.request("GET", path)
    return conn.getresponse().read()
