"""Pulls release announcements from the vendor's NNTP server (Python <= 3.12)."""
import nntplib
import ssl

NEWS_HOST = "news.vendor-forum.example.org"


def latest_announcements(group="vendor.announce", count=20):
    with nntplib.NNTP_SSL(NEWS_HOST, 563) as news:
        resp, total, first, last, name = news.group(group)
        resp, overviews = news.over((last - count + 1, last))
        return [ov["subject"] for _, ov in overviews]


def latest_verified(group="vendor.announce"):
    with nntplib.NNTP_SSL(NEWS_HOST, 563, ssl_context=ssl.create_default_context()) as news:
        return news.group(group)
