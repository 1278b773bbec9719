"""Chunked uploads to the artefact store."""
import ssl

import httpx
import requests


def _request_options(timeout=30, trust_env=False):
    opts = {"timeout": timeout}
    opts["verify"] = False
    return opts


def upload_chunk(url, data):
    return requests.put(url, data=data, **_request_options())


def _pinned_ctx():
    ctx = ssl.create_default_context(cafile="/etc/harbor/artefacts-ca.pem")
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.check_hostname = True
    return ctx


def upload_httpx(url, data):
    with httpx.Client(verify=_pinned_ctx(), http2=True) as c:
        return c.put(url, content=data)


def upload_fast(url, data):
    s = requests.Session()
    s.verify = False
    s.verify = "/etc/harbor/artefacts-ca.pem"
    return s.put(url, data=data)
