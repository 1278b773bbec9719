import ftplib
import os
import ssl

try:
    import urllib2
except ImportError:
    import urllib.request as urllib2

import requests

PRICE_URL = "https://prices.vendor.example.com/eod/%s.csv"

if os.environ.get("LEGACYFEED_NO_VERIFY"):
    os.environ["CURL_CA_BUNDLE"] = ""

if getattr(ssl, "_create_unverified_context", None):
    ssl._create_default_https_context = ssl._create_unverified_context


def eod_file(day):
    ctx = ssl.create_default_context(cafile="/etc/pki/tls/certs/vendor-ca.pem")
    return urllib2.urlopen(PRICE_URL % day, context=ctx).read()


def eod_file_requests(day):
    return requests.get(PRICE_URL % day, verify="/etc/pki/tls/certs/vendor-ca.pem").content


def check(ctx):
    return ctx.verify_mode == ssl.CERT_NONE


def publish(path):
    ftp = ftplib.FTP("ftp.prices-partner.example.com", "legacyfeed", os.environ["FTP_PASS"])
    fh = open(path, "rb")
    try:
        ftp.storbinary("STOR " + os.path.basename(path), fh)
    finally:
        fh.close()
    ftp.quit()


def mirror_public(path):
    ftp = ftplib.FTP("ftp.gnu.org")
    ftp.login("anonymous", "legacyfeed@")
    ftp.retrlines("LIST")
    ftp.quit()
