"""Collects bounce notifications from the shared mailboxes."""
import email
import imaplib
import poplib
import ssl

from .settings import MAILBOXES


def imap_bounces(box):
    conn = imaplib.IMAP4_SSL(box["host"], 993)
    conn.login(box["user"], box["password"])
    conn.select("INBOX")
    _, data = conn.search(None, '(SUBJECT "Undelivered")')
    return data[0].split()


def imap_bounces_verified(box):
    ctx = ssl.create_default_context(cafile=box.get("cafile"))
    conn = imaplib.IMAP4_SSL(box["host"], 993, ssl_context=ctx)
    conn.login(box["user"], box["password"])
    return conn


def imap_plain(box):
    conn = imaplib.IMAP4(box["host"], 143)
    conn.login(box["user"], box["password"])
    return conn


def imap_starttls(box):
    conn = imaplib.IMAP4(box["host"], 143)
    conn.starttls(ssl_context=ssl.create_default_context())
    conn.login(box["user"], box["password"])
    return conn


def pop_bounces(box):
    pop = poplib.POP3_SSL(box["host"], 995)
    pop.user(box["user"])
    pop.pass_(box["password"])
    count, _ = pop.stat()
    return [b"\n".join(pop.retr(i + 1)[1]) for i in range(count)]


def pop_plain(box):
    pop = poplib.POP3(box["host"], 110)
    pop.user(box["user"])
    pop.pass_(box["password"])
    return pop


def pop_stls(box):
    pop = poplib.POP3(box["host"], 110)
    pop.stls(context=ssl.create_default_context())
    pop.user(box["user"])
    pop.pass_(box["password"])
    return pop


def collect():
    out = []
    for box in MAILBOXES:
        if box["protocol"] == "imap":
            out.extend(imap_bounces(box))
        else:
            out.extend(email.message_from_bytes(m) for m in pop_bounces(box))
    return out
