import imaplib
import ssl

CTX = ssl.create_default_context()


def fetch_bounces(host: str, user: str, password: str) -> list:
    imap = imaplib.IMAP4_SSL(host)
    imap.login(user, password)
    imap.select("INBOX")
    _, data = imap.search(None, '(FROM "MAILER-DAEMON")')
    return data[0].split()


def fetch_replies(host: str, user: str, password: str) -> list:
    imap = imaplib.IMAP4_SSL(host, 993, ssl_context=CTX)
    imap.login(user, password)
    imap.select("Replies")
    _, data = imap.search(None, "UNSEEN")
    return data[0].split()


def fetch_legacy(host: str, user: str, password: str) -> int:
    conn = imaplib.IMAP4(host, 143)
    conn.login(user, password)
    typ, count = conn.select("INBOX")
    return int(count[0])


def fetch_starttls(host: str, user: str, password: str) -> int:
    conn = imaplib.IMAP4(host, 143)
    conn.starttls(ssl_context=CTX)
    conn.login(user, password)
    typ, count = conn.select("INBOX")
    return int(count[0])
