"""Poll the returns mailbox for bounced statements."""
import imaplib
import os
import poplib
import ssl

MAIL_HOST = "mail.ledger.example.com"
USER = os.environ.get("RETURNS_USER", "returns@ledger.example.com")
PASSWORD = os.environ.get("RETURNS_PASSWORD", "")


def imap_unseen():
    box = imaplib.IMAP4_SSL(MAIL_HOST, 993)
    box.login(USER, PASSWORD)
    box.select("INBOX")
    _, data = box.search(None, "UNSEEN")
    box.logout()
    return data[0].split()


def imap_unseen_verified():
    box = imaplib.IMAP4_SSL(MAIL_HOST, 993, ssl_context=ssl.create_default_context())
    box.login(USER, PASSWORD)
    box.select("INBOX")
    _, data = box.search(None, "UNSEEN")
    box.logout()
    return data[0].split()


def imap_legacy(host):
    box = imaplib.IMAP4(host, 143)
    box.login(USER, PASSWORD)
    return box


def imap_starttls(host):
    box = imaplib.IMAP4(host, 143)
    box.starttls(ssl_context=ssl.create_default_context())
    box.login(USER, PASSWORD)
    return box


def pop_count():
    pop = poplib.POP3_SSL(MAIL_HOST, 995)
    pop.user(USER)
    pop.pass_(PASSWORD)
    count, _ = pop.stat()
    pop.quit()
    return count


def pop_plain(host):
    pop = poplib.POP3(host, 110)
    pop.user(USER)
    pop.pass_(PASSWORD)
    return pop.stat()


def pop_stls(host):
    pop = poplib.POP3(host, 110)
    pop.stls(context=ssl.create_default_context())
    pop.user(USER)
    pop.pass_(PASSWORD)
    return pop.stat()
