"""Transports: XML-RPC to the archive, HTTPS to partners, curl for the big files."""
import http.client
import io
import ssl
import xmlrpc.client

import pycurl

from . import tls


class ArchiveRPC:
    def __init__(self, url):
        self.proxy = xmlrpc.client.ServerProxy(url, context=ssl._create_unverified_context(), allow_none=True)

    def list_files(self, prefix):
        return self.proxy.archive.list(prefix)


class PartnerHTTPS:
    def __init__(self, host, cafile=None):
        self.host = host
        self.conn = http.client.HTTPSConnection(host, 443, context=tls.client_context(cafile), timeout=30)

    def put(self, path, body):
        self.conn.request("PUT", path, body=body)
        return self.conn.getresponse().status


def curl_download(url, dest):
    buf = io.BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.WRITEDATA, buf)
    c.setopt(pycurl.SSL_VERIFYPEER, 0)
    c.setopt(pycurl.SSL_VERIFYHOST, 0)
    c.perform()
    c.close()
    with open(dest, "wb") as fh:
        fh.write(buf.getvalue())


def curl_upload(url, src):
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.UPLOAD, 1)
    c.setopt(pycurl.CAINFO, tls.ARCHIVE_CA)
    c.setopt(pycurl.SSL_VERIFYPEER, 1)
    c.setopt(pycurl.SSL_VERIFYHOST, 0)
    with open(src, "rb") as fh:
        c.setopt(pycurl.READDATA, fh)
        c.perform()
    c.close()


def curl_status(url):
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.NOBODY, 1)
    c.setopt(pycurl.SSL_VERIFYPEER, 1)
    c.setopt(pycurl.SSL_VERIFYHOST, 2)
    c.perform()
    code = c.getinfo(pycurl.RESPONSE_CODE)
    c.close()
    return code
