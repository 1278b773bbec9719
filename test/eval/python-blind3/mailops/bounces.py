import email
import imaplib as im
import poplib
import ssl

IMAP_HOST = "imap.office.example.com"
POP_HOST = "pop.office.example.com"

_ctx = ssl.create_default_context()


def fetch_bounces(user, password):
    conn = im.IMAP4_SSL(IMAP_HOST, 993, ssl_context=_ctx)
    conn.login(user, password)
    conn.select("Bounces")
    _, data = conn.search(None, "UNSEEN")
    messages = [conn.fetch(num, "(RFC822)")[1] for num in data[0].split()]
    conn.logout()
    return messages


def fetch_archive(user, password):
    conn = im.IMAP4_SSL("imap-archive.office.example.com")
    conn.login(user, password)
    conn.select("INBOX", readonly=True)
    return conn


def fetch_legacy(user, password):
    conn = im.IMAP4("imap-legacy.office.example.com", 143)
    conn.login(user, password)
    return conn


def fetch_starttls(user, password):
    conn = im.IMAP4("imap2.office.example.com")
    conn.starttls()
    conn.login(user, password)
    return conn


def pop_count(user, password):
    box = poplib.POP3_SSL(POP_HOST, 995)
    box.user(user)
    box.pass_(password)
    count, _ = box.stat()
    box.quit()
    return count


def pop_plain(user, password):
    box = poplib.POP3(POP_HOST, 110)
    box.user(user)
    box.pass_(password)
    return box.list()


def pop_stls(user, password):
    box = poplib.POP3(POP_HOST, 110)
    box.stls(context=_ctx)
    box.user(user)
    box.pass_(password)
    return [email.message_from_bytes(b"\n".join(box.retr(i + 1)[1])) for i in range(box.stat()[0])]


def pop_stls_default(user, password):
    box = poplib.POP3("pop2.office.example.com", 110)
    box.stls()
    box.user(user)
    box.pass_(password)
    return box.stat()
