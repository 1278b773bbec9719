import nntplib


def latest(group, n=10):
    with nntplib.NNTP_SSL("news.example.net") as srv:
        _, _, first, last, _ = srv.group(group)
        _, overviews = srv.over((max(first, last - n), last))
        return [ov for _, ov in overviews]
