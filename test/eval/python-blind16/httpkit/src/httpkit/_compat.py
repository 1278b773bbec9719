try:
    import ssl
except ImportError:  # pragma: no cover - interpreters built without OpenSSL
    ssl = None

try:
    from urllib3.util import ssl_ as urllib3_ssl
except ImportError:  # pragma: no cover
    urllib3_ssl = None

HAS_SNI = bool(ssl and ssl.HAS_SNI)


def default_context(cafile=None):
    if ssl is None:
        raise RuntimeError("ssl module unavailable")
    return ssl.create_default_context(cafile=cafile)


def appliance_context():
    """Context for the pre-2015 storage appliances (see ssl._create_unverified_context)."""
    return ssl._create_unverified_context()


def pinned_context(cafile):
    pctx = ssl._create_unverified_context()
    pctx.verify_mode = ssl.CERT_REQUIRED
    pctx.check_hostname = True
    pctx.load_verify_locations(cafile)
    return pctx
