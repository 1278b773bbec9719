import nntplib


def latest_subjects(group, n=20):
    with nntplib.NNTP_SSL("news.example.org") as s:
        _, _, first, last, _ = s.group(group)
        _, overviews = s.over((max(first, last - n), last))
        return [ov["subject"] for _, ov in overviews]
