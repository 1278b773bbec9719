"""Reads booking confirmations from the shared mailbox."""
import imaplib
import ssl

IMAP_HOST = "imap.harbor-mail.example.com"


def fetch_unseen(user, password):
    box = imaplib.IMAP4_SSL(IMAP_HOST, 993)
    box.login(user, password)
    box.select("INBOX")
    typ, data = box.search(None, "UNSEEN")
    box.logout()
    return data


def fetch_via_starttls(user, password):
    box = imaplib.IMAP4(IMAP_HOST, 143)
    box.starttls()
    box.login(user, password)
    return box


def fetch_plain(user, password):
    box = imaplib.IMAP4(IMAP_HOST)
    box.login(user, password)
    return box.select("Archive")


def fetch_verified(user, password):
    ctx = ssl.create_default_context(cafile="/etc/harbor/mail-ca.pem")
    with imaplib.IMAP4_SSL(IMAP_HOST, ssl_context=ctx) as box:
        box.login(user, password)
        return box.select("INBOX")
