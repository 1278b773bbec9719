"""SSL context factories shared by the probes."""
import ssl

DEFAULT_CA = "/etc/ssl/certs/ca-certificates.crt"


def verified_context(cafile=None):
    ctx = ssl.create_default_context(cafile=cafile or DEFAULT_CA)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def inspection_context():
    """Context used only to fetch whatever certificate the peer presents.

    Never set verify_mode = ssl.CERT_NONE on a context used for real traffic.
    """
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def pinned_context(ca_path):
    ctx = ssl._create_unverified_context(cafile=ca_path)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    return ctx


def ip_context(cafile):
    """For appliances addressed by IP only (their certs carry no IP SAN)."""
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.check_hostname = False
    return ctx


def describe(ctx):
    if ctx.verify_mode == ssl.CERT_NONE:
        return "unverified"
    if not ctx.check_hostname:
        return "chain-only"
    return "verified"
