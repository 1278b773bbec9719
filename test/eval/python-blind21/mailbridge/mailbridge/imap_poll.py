import email
import imaplib
import ssl

from .settings import MailSettings


class Mailbox:
    def __init__(self, cfg: MailSettings, ssl_context=None):
        self.cfg = cfg
        self.ssl_context = ssl_context

    def connect(self):
        conn = imaplib.IMAP4_SSL(self.cfg.imap_host, 993, ssl_context=self.ssl_context)
        conn.login(self.cfg.user, self.cfg.password)
        return conn

    def unseen(self):
        conn = self.connect()
        conn.select("INBOX")
        _, data = conn.search(None, "UNSEEN")
        for num in data[0].split():
            _, msg = conn.fetch(num, "(RFC822)")
            yield email.message_from_bytes(msg[0][1])
        conn.logout()


def poll_support(cfg):
    return list(Mailbox(cfg).unseen())


def poll_finance(cfg):
    return list(Mailbox(cfg, ssl_context=ssl.create_default_context()).unseen())


def legacy_inbox(host, user, password):
    conn = imaplib.IMAP4(host, 143)
    conn.login(user, password)
    conn.select("INBOX")
    return conn


def starttls_inbox(host, user, password):
    conn = imaplib.IMAP4(host, 143)
    conn.starttls(ssl_context=ssl.create_default_context())
    conn.login(user, password)
    return conn


def archive_inbox(host, user, password):
    conn = imaplib.IMAP4(host, 143)
    conn.starttls()
    conn.login(user, password)
    return conn
