"""Download bounce messages from the legacy POP3 mailbox."""
import os
import poplib
import ssl
from email.parser import BytesParser

POP_HOST = os.getenv("BOUNCE_POP_HOST", "pop.example.org")
POP_USER = os.getenv("BOUNCE_POP_USER", "bounces")
POP_PASS = os.getenv("BOUNCE_POP_PASS", "")


def fetch_bounces_ssl():
    box = poplib.POP3_SSL(POP_HOST, 995, timeout=30)
    box.user(POP_USER)
    box.pass_(POP_PASS)
    count, _ = box.stat()
    parser = BytesParser()
    out = []
    for i in range(1, count + 1):
        _, lines, _ = box.retr(i)
        out.append(parser.parsebytes(b"\r\n".join(lines)))
    box.quit()
    return out


def fetch_bounces_stls():
    box = poplib.POP3(POP_HOST, 110)
    box.stls()
    box.user(POP_USER)
    box.pass_(POP_PASS)
    return box.stat()


def fetch_bounces_clear():
    box = poplib.POP3(POP_HOST)
    box.user(POP_USER)
    box.pass_(POP_PASS)
    return box.list()


def fetch_bounces_verified():
    ctx = ssl.create_default_context()
    box = poplib.POP3_SSL(POP_HOST, context=ctx)
    box.user(POP_USER)
    box.pass_(POP_PASS)
    return box.stat()
