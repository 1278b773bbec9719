"""Fetch scanned claim documents from the OCR vendor with libcurl."""
from io import BytesIO

import pycurl

OCR_VENDOR = "https://ocr.scanvendor.example.com/api/documents/"
PHOTO_STORE = "https://photos.claims.example.com/raw/"


def download_scan(doc_id: str) -> bytes:
    buf = BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, OCR_VENDOR + doc_id)
    c.setopt(pycurl.WRITEDATA, buf)
    c.setopt(pycurl.SSL_VERIFYPEER, 0)
    c.setopt(pycurl.SSL_VERIFYHOST, 0)
    c.perform()
    c.close()
    return buf.getvalue()


def download_photo(photo_id: str) -> bytes:
    buf = BytesIO()
    h = pycurl.Curl()
    h.setopt(pycurl.URL, PHOTO_STORE + photo_id)
    h.setopt(pycurl.WRITEDATA, buf)
    h.setopt(pycurl.CAINFO, "/etc/ssl/certs/claims-ca.pem")
    h.setopt(pycurl.SSL_VERIFYHOST, 0)
    h.perform()
    h.close()
    return buf.getvalue()
