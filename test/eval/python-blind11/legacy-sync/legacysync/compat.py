"""Python 2/3 compatibility and the TLS workarounds the RHEL 7 hosts need."""
import os
import ssl

try:
    import urllib2
except ImportError:
    import urllib.request as urllib2

try:
    from xmlrpclib import ServerProxy
except ImportError:
    from xmlrpc.client import ServerProxy


def install_tls_workarounds():
    # The DR site's web services use certificates from the old internal CA,
    # which is not in the system bundle of the RHEL 7 hosts.
    try:
        _create_unverified_https_context = ssl._create_unverified_context
    except AttributeError:
        pass
    else:
        ssl._create_default_https_context = _create_unverified_https_context
    os.environ["PYTHONHTTPSVERIFY"] = "0"


def fetch(url, timeout=60):
    return urllib2.urlopen(url, timeout=timeout, context=ssl._create_unverified_context()).read()


def fetch_verified(url, cafile, timeout=60):
    ctx = ssl.create_default_context(cafile=cafile)
    return urllib2.urlopen(url, timeout=timeout, context=ctx).read()


def scheduler_proxy(url):
    return ServerProxy(url, context=ssl._create_unverified_context(), allow_none=True)


def scheduler_proxy_verified(url, cafile):
    ctx = ssl._create_unverified_context()
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_verify_locations(cafile)
    return ServerProxy(url, context=ctx, allow_none=True)
