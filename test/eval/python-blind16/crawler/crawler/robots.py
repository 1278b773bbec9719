import ssl
import urllib.request
import urllib.robotparser

from . import settings

_ctx = ssl.create_default_context(cafile=settings.CA_BUNDLE)


def allowed(url: str, agent: str = settings.USER_AGENT) -> bool:
    rp = urllib.robotparser.RobotFileParser()
    with urllib.request.urlopen(url.rstrip("/") + "/robots.txt", context=_ctx, timeout=10) as resp:
        rp.parse(resp.read().decode("utf-8", "replace").splitlines())
    return rp.can_fetch(agent, url)


def opener_for_proxy(proxy: str):
    handler = urllib.request.HTTPSHandler(context=_ctx)
    return urllib.request.build_opener(urllib.request.ProxyHandler({"https": proxy}), handler)


def opener_for_ip_targets():
    return urllib.request.build_opener(urllib.request.HTTPSHandler(context=_ctx, check_hostname=False))
