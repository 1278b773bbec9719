"""Drains a stuck queue into the archive bucket."""
import ssl
import urllib.request

from .aws import s3

# Older versions of this script did
#     ssl._create_default_https_context = ssl._create_unverified_context
# to get past the proxy; the proxy CA is now in the image.


def patch_for_proxy():
    ssl._create_default_https_context = ssl._create_unverified_context


def restore_default():
    ssl._create_default_https_context = ssl.create_default_context


def drain(queue_url, bucket):
    body = urllib.request.urlopen(queue_url, timeout=10).read()
    s3().put_object(Bucket=bucket, Key="drain/latest.json", Body=body)
