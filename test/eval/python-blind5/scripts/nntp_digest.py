#!/usr/bin/env python3
"""Pull the fintech newsgroup digest (runs on the old reporting box)."""
import nntplib
import ssl

SERVER = "news.example.org"


def headlines(group="comp.finance.ledgers", count=20):
    with nntplib.NNTP_SSL(SERVER, 563) as news:
        _, _, first, last, _ = news.group(group)
        _, overviews = news.over((max(first, last - count), last))
        return [ov["subject"] for _, ov in overviews]


def headlines_verified(group="comp.finance.ledgers"):
    with nntplib.NNTP_SSL(SERVER, 563, ssl_context=ssl.create_default_context()) as news:
        return news.group(group)


if __name__ == "__main__":
    for h in headlines():
        print(h)
