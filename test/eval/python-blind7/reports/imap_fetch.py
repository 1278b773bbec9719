import email
import imaplib
import ssl

HOST = "imap.corp.example.com"


def _unseen(conn):
    conn.select("INBOX")
    _, data = conn.search(None, "UNSEEN")
    return [email.message_from_bytes(conn.fetch(n, "(RFC822)")[1][0][1]) for n in data[0].split()]


def fetch_unseen(user, password):
    conn = imaplib.IMAP4_SSL(HOST, 993)
    conn.login(user, password)
    return _unseen(conn)


def fetch_unseen_verified(user, password):
    conn = imaplib.IMAP4_SSL(HOST, 993, ssl_context=ssl.create_default_context())
    conn.login(user, password)
    return _unseen(conn)


def fetch_plain(user, password):
    conn = imaplib.IMAP4(HOST, 143)
    conn.login(user, password)
    return _unseen(conn)


def fetch_starttls(user, password):
    conn = imaplib.IMAP4(HOST, 143)
    conn.starttls(ssl_context=ssl.create_default_context())
    conn.login(user, password)
    return _unseen(conn)


def fetch_starttls_default(user, password):
    conn = imaplib.IMAP4(HOST, 143)
    conn.starttls()
    conn.login(user, password)
    return _unseen(conn)
