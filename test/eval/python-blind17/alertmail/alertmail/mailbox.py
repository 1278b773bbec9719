import email
import imaplib
import poplib
import ssl

from . import config

CTX = ssl.create_default_context()


def fetch_abuse_reports():
    box = imaplib.IMAP4_SSL(config.IMAP_HOST)
    box.login(config.ABUSE_USER, config.ABUSE_PASSWORD)
    box.select("INBOX")
    _, data = box.search(None, "UNSEEN")
    messages = []
    for num in data[0].split():
        _, msg_data = box.fetch(num, "(RFC822)")
        messages.append(email.message_from_bytes(msg_data[0][1]))
    box.logout()
    return messages


def count_unseen_verified():
    with imaplib.IMAP4_SSL(config.IMAP_HOST, ssl_context=CTX) as box:
        box.login(config.ABUSE_USER, config.ABUSE_PASSWORD)
        box.select("INBOX", readonly=True)
        return len(box.search(None, "UNSEEN")[1][0].split())


def count_unseen_legacy_host(host, user, password):
    box = imaplib.IMAP4(host, 143)
    box.login(user, password)
    box.select("INBOX", readonly=True)
    return len(box.search(None, "UNSEEN")[1][0].split())


def count_unseen_starttls(host, user, password):
    box = imaplib.IMAP4(host, 143)
    box.starttls(ssl_context=CTX)
    box.login(user, password)
    return len(box.search(None, "ALL")[1][0].split())


def pop_bounces(host, user, password):
    pop = poplib.POP3(host, 110)
    pop.user(user)
    pop.pass_(password)
    count, _ = pop.stat()
    pop.quit()
    return count


def pop_bounces_stls(host, user, password):
    pop = poplib.POP3(host, 110)
    pop.stls()
    pop.user(user)
    pop.pass_(password)
    count, _ = pop.stat()
    pop.quit()
    return count


def pop_bounces_ssl(host, user, password):
    pop = poplib.POP3_SSL(host, 995, context=CTX)
    pop.user(user)
    pop.pass_(password)
    return pop.stat()[0]
