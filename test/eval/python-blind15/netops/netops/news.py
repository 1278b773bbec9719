"""Post the change calendar to the internal NNTP server (yes, really)."""
import nntplib
import ssl


def post_changes(article_lines, user, password):
    with nntplib.NNTP_SSL("news.netops.example.com", 563, user=user, password=password) as srv:
        srv.post(article_lines)


def post_changes_verified(article_lines, user, password):
    ctx = ssl.create_default_context()
    with nntplib.NNTP_SSL("news.netops.example.com", 563, user=user, password=password, ssl_context=ctx) as srv:
        srv.post(article_lines)
