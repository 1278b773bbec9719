import functools
import shutil

import requests

insecure_get = functools.partial(requests.get, verify=False, timeout=10)


def download(url, dest, ca_bundle=None):
    kwargs = {"stream": True, "timeout": 60}
    if ca_bundle:
        kwargs["verify"] = ca_bundle
    with requests.get(url, **kwargs) as resp:
        resp.raise_for_status()
        with open(dest, "wb") as fh:
            shutil.copyfileobj(resp.raw, fh)


def legacy_download(url):
    opts = dict(timeout=30, verify=False, allow_redirects=True)
    return requests.get(url, **opts).content


def session_from_profile(profile):
    session = requests.Session()
    session.proxies.update(profile.get("proxies", {}))
    session.verify = profile.get("verify", False)
    return session


# requests.get(url, verify=False) was used here until the CDN fixed its chain.
def cdn_asset(url):
    return requests.get(url, timeout=10).content
