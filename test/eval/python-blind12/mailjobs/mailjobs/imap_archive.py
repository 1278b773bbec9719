import email
import imaplib
import ssl
from contextlib import contextmanager

IMAP_CTX = ssl.create_default_context(cafile="/etc/mailjobs/imap-ca.pem")


@contextmanager
def mailbox(host: str, user: str, password: str, folder: str = "INBOX"):
    conn = imaplib.IMAP4_SSL(host, 993, ssl_context=IMAP_CTX)
    try:
        conn.login(user, password)
        conn.select(folder)
        yield conn
    finally:
        conn.logout()


def archive_legacy(host: str, user: str, password: str):
    conn = imaplib.IMAP4_SSL(host)
    conn.login(user, password)
    typ, data = conn.search(None, "BEFORE", "01-Jan-2024")
    for num in data[0].split():
        conn.copy(num, "Archive")
    conn.logout()


def scan_plain(host: str, user: str, password: str):
    conn = imaplib.IMAP4(host, 143)
    conn.login(user, password)
    conn.select("INBOX", readonly=True)
    _, data = conn.search(None, "UNSEEN")
    msgs = [email.message_from_bytes(conn.fetch(n, "(RFC822)")[1][0][1]) for n in data[0].split()]
    conn.logout()
    return msgs


def scan_starttls(host: str, user: str, password: str):
    conn = imaplib.IMAP4(host, 143)
    conn.starttls(ssl_context=IMAP_CTX)
    conn.login(user, password)
    return conn
