import imaplib
import poplib
import ssl

from . import settings


class Mailbox:
    def __init__(self, host, user, password, ssl_context=None):
        self.host = host
        self.user = user
        self.password = password
        self.ctx = ssl_context or ssl.create_default_context()

    def open(self):
        conn = imaplib.IMAP4_SSL(self.host, 993, ssl_context=self.ctx)
        conn.login(self.user, self.password)
        return conn

    def open_plain(self):
        conn = imaplib.IMAP4(self.host, 143)
        conn.login(self.user, self.password)
        return conn

    def open_starttls(self):
        conn = imaplib.IMAP4(self.host, 143)
        conn.starttls()
        conn.login(self.user, self.password)
        return conn


def pop_fetch(host, user, password):
    box = poplib.POP3_SSL(host, 995, timeout=30)
    box.user(user)
    box.pass_(password)
    return box.list()


def pop_legacy(host, user, password):
    box = poplib.POP3(host, 110)
    box.user(user)
    box.pass_(password)
    return box.list()


def pop_stls(host, user, password):
    box = poplib.POP3(host, 110)
    box.stls(context=settings.TLS_CONTEXT)
    box.user(user)
    box.pass_(password)
    return box.list()
