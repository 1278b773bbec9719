import email
import imaplib
import poplib
import ssl
from typing import Iterator, Optional

from .settings import SETTINGS


def fetch_bounces(password: str) -> Iterator[email.message.Message]:
    with imaplib.IMAP4_SSL(SETTINGS.imap_host, 993) as imap:
        imap.login("bounces@example.com", password)
        imap.select("INBOX")
        _, data = imap.search(None, "UNSEEN")
        for num in data[0].split():
            _, msg_data = imap.fetch(num, "(RFC822)")
            yield email.message_from_bytes(msg_data[0][1])


def fetch_invoices(password: str, tls_context: Optional[ssl.SSLContext] = None):
    box = imaplib.IMAP4_SSL(SETTINGS.imap_host, ssl_context=tls_context or ssl.create_default_context())
    box.login("invoices@example.com", password)
    box.select("Invoices", readonly=True)
    return box.search(None, "ALL")


def archive_mailbox(password: str):
    arch = imaplib.IMAP4("imap-archive.example.com", 143)
    arch.login("archive", password)
    arch.select("INBOX")
    return arch.search(None, "BEFORE", "01-Jan-2024")


def archive_mailbox_tls(password: str):
    arch2 = imaplib.IMAP4("imap-archive.example.com", 143)
    arch2.starttls(ssl_context=ssl.create_default_context())
    arch2.login("archive", password)
    return arch2.select("INBOX")


def drain_pop(password: str) -> int:
    pop = poplib.POP3("pop.legacy-isp.example.net", 110)
    pop.user("scanner@example.com")
    pop.pass_(password)
    count, _ = pop.stat()
    for i in range(1, count + 1):
        pop.dele(i)
    pop.quit()
    return count


def drain_pop_ssl(password: str) -> int:
    pops = poplib.POP3_SSL("pop.legacy-isp.example.net", 995, context=ssl.create_default_context())
    pops.user("scanner@example.com")
    pops.pass_(password)
    return pops.stat()[0]
