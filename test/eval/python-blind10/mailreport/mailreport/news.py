"""Posts the weekly summary to the internal newsgroup."""
import nntplib
import ssl

from .settings import NEWS_HOST


def post_summary(lines, user, password):
    with nntplib.NNTP_SSL(NEWS_HOST, 563, user=user, password=password) as srv:
        srv.post(lines)


def post_summary_verified(lines, user, password):
    ctx = ssl.create_default_context()
    with nntplib.NNTP_SSL(NEWS_HOST, 563, user=user, password=password, ssl_context=ctx) as srv:
        srv.post(lines)
