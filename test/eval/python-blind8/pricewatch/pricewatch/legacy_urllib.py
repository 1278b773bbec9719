try:
    import urllib2
except ImportError:
    import urllib.request as urllib2


def fetch(url, cafile=None):
    return urllib2.urlopen(url, cafile=cafile, timeout=10).read()


def opener_for_ip_shops():
    handler = urllib2.HTTPSHandler(check_hostname=False)
    return urllib2.build_opener(handler)
