import ssl
import urllib.request


def install_global_opener():
    ssl._create_default_https_context = ssl._create_unverified_context
    opener = urllib.request.build_opener()
    urllib.request.install_opener(opener)
