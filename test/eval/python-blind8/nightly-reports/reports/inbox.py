import email
import imaplib
import poplib
import ssl


def fetch_bounces(host, user, password):
    box = imaplib.IMAP4_SSL(host)
    box.login(user, password)
    box.select("Bounces")
    _, data = box.search(None, "UNSEEN")
    return data[0].split()


def fetch_replies(host, user, password):
    box = imaplib.IMAP4(host, 143)
    box.starttls(ssl_context=ssl.create_default_context())
    box.login(user, password)
    box.select("INBOX")
    return box


def fetch_archive(host, user, password):
    box = imaplib.IMAP4(host)
    box.login(user, password)
    return box


def fetch_receipts(host, user, password):
    pop = poplib.POP3(host, 110)
    pop.user(user)
    pop.pass_(password)
    count, _ = pop.stat()
    return [email.message_from_bytes(b"\n".join(pop.retr(i + 1)[1])) for i in range(count)]


def fetch_receipts_secure(host, user, password):
    pop = poplib.POP3_SSL(host, 995, context=ssl.create_default_context())
    pop.user(user)
    pop.pass_(password)
    return pop.stat()


def fetch_receipts_stls(host, user, password):
    pop = poplib.POP3(host)
    pop.stls()
    pop.user(user)
    pop.pass_(password)
    return pop.stat()


def fetch_receipts_apop(host, user, secret):
    pop = poplib.POP3(host)
    pop.apop(user, secret)
    return pop.stat()


def fetch_legacy_ssl(host, user, password):
    pop = poplib.POP3_SSL(host, context=None)
    pop.user(user)
    pop.pass_(password)
    return pop.stat()
