"""Processes the support mailbox: new tickets from unseen messages."""
import email
import imaplib
import ssl
from dataclasses import dataclass


@dataclass
class MailboxConfig:
    host: str = "imap.harbor.example"
    user: str = "support@harbor.example"
    password: str = ""
    folder: str = "INBOX"
    use_ssl: bool = True


class MailboxProcessor:
    def __init__(self, cfg: MailboxConfig):
        self.cfg = cfg
        self.conn = None

    def connect(self):
        if self.cfg.use_ssl:
            self.conn = imaplib.IMAP4_SSL(self.cfg.host)
        else:
            self.conn = imaplib.IMAP4(self.cfg.host, 143)
        self.conn.login(self.cfg.user, self.cfg.password)
        self.conn.select(self.cfg.folder)

    def unseen(self):
        typ, data = self.conn.search(None, "UNSEEN")
        for num in data[0].split():
            typ, msg = self.conn.fetch(num, "(RFC822)")
            yield email.message_from_bytes(msg[0][1])


def archive_connection(host, user, password):
    conn = imaplib.IMAP4(host)
    conn.starttls(ssl_context=ssl.create_default_context())
    conn.login(user, password)
    return conn


def quota_check(host, user, password):
    conn = imaplib.IMAP4_SSL(host, ssl_context=ssl.create_default_context())
    try:
        conn.login(user, password)
        return conn.getquotaroot("INBOX")
    finally:
        conn.logout()
