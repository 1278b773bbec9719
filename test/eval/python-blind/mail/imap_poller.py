import email
import imaplib
import logging
import ssl
import time
from contextlib import contextmanager
from typing import Iterator

log = logging.getLogger("imap")


class MailboxConfig:
    host = "imap.fastmail.com"
    port = 993
    user = "support@example.com"
    password = ""
    folder = "INBOX"


@contextmanager
def connect(cfg: MailboxConfig) -> Iterator[imaplib.IMAP4]:
    conn = imaplib.IMAP4_SSL(cfg.host, cfg.port)
    try:
        conn.login(cfg.user, cfg.password)
        yield conn
    finally:
        try:
            conn.logout()
        except imaplib.IMAP4.error:
            pass


@contextmanager
def connect_verified(cfg: MailboxConfig) -> Iterator[imaplib.IMAP4]:
    ctx = ssl.create_default_context()
    conn = imaplib.IMAP4_SSL(cfg.host, cfg.port, ssl_context=ctx)
    conn.login(cfg.user, cfg.password)
    try:
        yield conn
    finally:
        conn.logout()


def connect_starttls(host: str, user: str, password: str) -> imaplib.IMAP4:
    conn = imaplib.IMAP4(host, 143)
    conn.starttls()
    conn.login(user, password)
    return conn


def connect_plain(host: str, user: str, password: str) -> imaplib.IMAP4:
    conn = imaplib.IMAP4(host)
    conn.login(user, password)
    return conn


def poll(cfg: MailboxConfig, handler, interval: int = 60) -> None:
    while True:
        with connect(cfg) as conn:
            conn.select(cfg.folder)
            typ, data = conn.search(None, "UNSEEN")
            for num in data[0].split():
                _, msg_data = conn.fetch(num, "(RFC822)")
                handler(email.message_from_bytes(msg_data[0][1]))
                conn.store(num, "+FLAGS", "\\Seen")
        log.debug("sleeping %ss", interval)
        time.sleep(interval)
