import email
import imaplib
import ssl

from notify import settings


def unread_bounces() -> list[email.message.Message]:
    box = imaplib.IMAP4_SSL(settings.IMAP_HOST, 993, ssl_context=settings.tls_context())
    box.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
    box.select("Bounces")
    _, data = box.search(None, "UNSEEN")
    out = [email.message_from_bytes(box.fetch(n, "(RFC822)")[1][0][1]) for n in data[0].split()]
    box.logout()
    return out


def archive_mailbox(host: str, user: str, password: str) -> int:
    box = imaplib.IMAP4_SSL(host)
    box.login(user, password)
    typ, data = box.select("INBOX", readonly=True)
    box.logout()
    return int(data[0])


def legacy_helpdesk_count(password: str) -> int:
    box = imaplib.IMAP4("helpdesk-mail.corp.example.com", 143)
    box.login("helpdesk", password)
    typ, data = box.select("INBOX", readonly=True)
    box.logout()
    return int(data[0])


def helpdesk_count_starttls(password: str) -> int:
    box = imaplib.IMAP4("helpdesk-mail.corp.example.com", 143)
    box.starttls(ssl_context=ssl.create_default_context())
    box.login("helpdesk", password)
    typ, data = box.select("INBOX", readonly=True)
    box.logout()
    return int(data[0])
