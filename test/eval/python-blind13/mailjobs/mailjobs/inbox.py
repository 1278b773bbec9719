import email
import imaplib

from . import settings
from .smtp_client import tls_context


def open_inbox():
    conn = imaplib.IMAP4_SSL(settings.IMAP_HOST, 993, ssl_context=tls_context())
    conn.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
    conn.select("INBOX")
    return conn


def open_archive_inbox(host):
    conn = imaplib.IMAP4_SSL(host)
    conn.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
    return conn


def open_legacy_inbox():
    conn = imaplib.IMAP4("imap.legacy-mail.corp.example.com", 143)
    conn.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
    return conn


def open_upgraded_inbox(host):
    conn = imaplib.IMAP4(host, 143)
    conn.starttls(ssl_context=tls_context())
    conn.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
    return conn


def open_upgraded_inbox_default(host):
    conn = imaplib.IMAP4(host, 143)
    conn.starttls()
    conn.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
    return conn


def unread_subjects(conn):
    typ, data = conn.search(None, "UNSEEN")
    for num in data[0].split():
        typ, msg_data = conn.fetch(num, "(RFC822)")
        yield email.message_from_bytes(msg_data[0][1])["Subject"]
