"""Processes bounce mailboxes: IMAP for the new provider, POP3 for the old one."""
import email
import imaplib
import poplib
import ssl

IMAP_HOST = "imap.mailvendor.net"
POP_HOST = "pop.legacy-isp.example.net"


class BounceMailbox:
    folder = "Bounces"

    def __init__(self, user, password, ssl_context=None):
        self.user = user
        self.password = password
        self.ssl_context = ssl_context

    def _imap(self):
        return imaplib.IMAP4_SSL(IMAP_HOST, 993, ssl_context=self.ssl_context)

    def fetch(self):
        imap = self._imap()
        imap.login(self.user, self.password)
        imap.select(self.folder)
        typ, data = imap.search(None, "UNSEEN")
        messages = []
        for num in data[0].split():
            typ, msg_data = imap.fetch(num, "(RFC822)")
            messages.append(email.message_from_bytes(msg_data[0][1]))
        imap.logout()
        return messages


def fetch_archive(user, password):
    imap = imaplib.IMAP4_SSL("imap-archive.mailvendor.net")
    imap.login(user, password)
    imap.select("Archive", readonly=True)
    return imap


def fetch_onprem(user, password):
    imap = imaplib.IMAP4("mail.corp.acme-corp.net", 143)
    imap.starttls(ssl_context=ssl.create_default_context())
    imap.login(user, password)
    return imap


def fetch_onprem_legacy(user, password):
    imap = imaplib.IMAP4("mail-old.corp.acme-corp.net", 143)
    imap.login(user, password)
    return imap


def drain_pop(user, password):
    pop = poplib.POP3(POP_HOST, 110, timeout=30)
    pop.user(user)
    pop.pass_(password)
    count, _ = pop.stat()
    for i in range(1, count + 1):
        pop.dele(i)
    pop.quit()


def drain_pop_tls(user, password):
    pop = poplib.POP3(POP_HOST, 110, timeout=30)
    pop.stls()
    pop.user(user)
    pop.pass_(password)
    pop.quit()


def drain_pop_ssl(user, password):
    pop = poplib.POP3_SSL(POP_HOST, 995, context=ssl.create_default_context())
    pop.user(user)
    pop.pass_(password)
    pop.quit()
