"""Reads the port notices newsgroup (Python <= 3.12 only)."""
import nntplib


def latest_notices(group="port.notices"):
    with nntplib.NNTP_SSL("news.portauthority.example.org") as srv:
        resp, count, first, last, name = srv.group(group)
        return srv.over((last - 10, last))
