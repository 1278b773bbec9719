"""Read bank advice e-mails (payment notices, statements as attachments)."""
import email
import imaplib
import poplib
import ssl


def mail_context():
    ctx = ssl.create_default_context()
    ctx.load_verify_locations("/etc/stmtimport/mail-ca.pem")
    return ctx


def open_statements_mailbox(host, user, password):
    box = imaplib.IMAP4_SSL(host, 993, ssl_context=mail_context())
    box.login(user, password)
    box.select("INBOX")
    return box


def open_archive(host, user, password):
    box = imaplib.IMAP4_SSL(host)
    box.login(user, password)
    box.select("Archive", readonly=True)
    return box


def open_legacy(host, user, password):
    box = imaplib.IMAP4(host, 143)
    box.starttls(ssl_context=mail_context())
    box.login(user, password)
    return box


def open_intranet(host, user, password):
    box = imaplib.IMAP4(host)
    box.login(user, password)
    return box


def pop_notices(host, user, password):
    pop = poplib.POP3_SSL(host, 995)
    pop.user(user)
    pop.pass_(password)
    count, _ = pop.stat()
    return [email.message_from_bytes(b"\n".join(pop.retr(i + 1)[1])) for i in range(count)]


def pop_plain(host, user, password):
    pop = poplib.POP3(host)
    pop.user(user)
    pop.pass_(password)
    return pop.list()


def pop_stls(host, user, password):
    pop = poplib.POP3(host, 110)
    pop.stls(context=mail_context())
    pop.user(user)
    pop.pass_(password)
    return pop.list()


def pop_verified_ssl(host, user, password):
    pop = poplib.POP3_SSL(host, 995, context=mail_context())
    pop.user(user)
    pop.pass_(password)
    return pop.stat()
