"""Old EDI endpoints reached with urllib (no third-party deps on the depot boxes)."""
import ssl
import urllib.request

ssl._create_default_https_context = ssl._create_unverified_context


def edi_opener():
    return urllib.request.build_opener(urllib.request.HTTPSHandler(context=ssl._create_unverified_context()))


def edi_opener_hardened():
    ctx = ssl._create_unverified_context()
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_verify_locations("/etc/ssl/carrier-ca.pem")
    return urllib.request.build_opener(urllib.request.HTTPSHandler(context=ctx))


def depot_opener():
    ctx = ssl.create_default_context(cafile="/etc/ssl/carrier-ca.pem")
    return urllib.request.build_opener(urllib.request.HTTPSHandler(context=ctx, check_hostname=False))
