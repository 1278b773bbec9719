import imaplib
import poplib
import ssl


def unread_count(user, password):
    imap = imaplib.IMAP4("imap.example.com", 143)
    imap.login(user, password)  # expect: no-plaintext-downgrade
    imap.select("INBOX")
    typ, data = imap.search(None, "UNSEEN")
    imap.logout()
    return len(data[0].split())


def unread_count_tls(user, password):
    imap = imaplib.IMAP4_SSL("imap.example.com", ssl_context=ssl.create_default_context())
    imap.login(user, password)
    imap.select("INBOX")
    return imap


def pop_count(user, password):
    box = poplib.POP3("pop.example.com")
    box.user(user)  # expect: no-plaintext-downgrade
    box.pass_(password)
    return box.stat()[0]


def pop_count_stls(user, password):
    box = poplib.POP3("pop.example.com")
    box.stls(context=ssl.create_default_context())
    box.user(user)
    box.pass_(password)
    return box.stat()[0]
