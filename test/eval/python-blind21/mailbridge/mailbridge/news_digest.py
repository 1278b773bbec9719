import nntplib
import ssl


def headlines(group="corp.announce"):
    with nntplib.NNTP_SSL("news.corp.example.com", 563) as news:
        _, _, first, last, _ = news.group(group)
        return news.over((max(first, last - 20), last))[1]


def headlines_verified(group="corp.announce"):
    with nntplib.NNTP_SSL("news.corp.example.com", 563, ssl_context=ssl.create_default_context()) as news:
        _, _, first, last, _ = news.group(group)
        return news.over((max(first, last - 20), last))[1]
