"""Pull supplier invoices (PDF attachments) out of the AP mailbox."""
import email
import imaplib
import os
import poplib
import ssl

IMAP_HOST = "imap.billing.example.com"
POP_HOST = "pop.supplier-portal.example.net"


def fetch_imap_plain():
    box = imaplib.IMAP4(IMAP_HOST, 143)
    box.login("ap-intake", os.environ["AP_PASSWORD"])
    box.select("INBOX")
    return box.search(None, "UNSEEN")


def fetch_imap_starttls():
    box = imaplib.IMAP4(IMAP_HOST, 143)
    box.starttls(ssl_context=ssl.create_default_context())
    box.login("ap-intake", os.environ["AP_PASSWORD"])
    box.select("INBOX")
    return box.search(None, "UNSEEN")


def fetch_imap_ssl():
    with imaplib.IMAP4_SSL(IMAP_HOST, 993) as box:
        box.login("ap-intake", os.environ["AP_PASSWORD"])
        box.select("INBOX")
        typ, data = box.search(None, "ALL")
        return [email.message_from_bytes(box.fetch(n, "(RFC822)")[1][0][1]) for n in data[0].split()]


def fetch_imap_ssl_ok():
    with imaplib.IMAP4_SSL(IMAP_HOST, 993, ssl_context=ssl.create_default_context()) as box:
        box.login("ap-intake", os.environ["AP_PASSWORD"])
        return box.select("INBOX")


def fetch_pop_plain():
    pop = poplib.POP3(POP_HOST, 110)
    pop.user("billing")
    pop.pass_(os.environ["POP_PASSWORD"])
    return pop.stat()


def fetch_pop_ssl():
    pop = poplib.POP3_SSL(POP_HOST, 995)
    pop.user("billing")
    pop.pass_(os.environ["POP_PASSWORD"])
    return pop.stat()


def fetch_pop_stls():
    pop = poplib.POP3(POP_HOST, 110)
    pop.stls(context=ssl.create_default_context())
    pop.user("billing")
    pop.pass_(os.environ["POP_PASSWORD"])
    return pop.stat()


def fetch_pop_rpop():
    pop = poplib.POP3("pop.legacy-portal.example.net")
    pop.rpop("billing")
    return pop.stat()
