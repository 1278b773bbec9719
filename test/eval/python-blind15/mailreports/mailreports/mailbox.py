"""Process the shared 'invoices' mailbox: save PDF attachments, archive the message."""
import email
import imaplib
import logging
import os

from mailreports import settings
from mailreports.tls import mail_context

log = logging.getLogger("mailreports.mailbox")


def open_mailbox(user, password):
    imap = imaplib.IMAP4_SSL(settings.IMAP_HOST, 993)
    imap.login(user, password)
    imap.select("INBOX")
    return imap


def open_mailbox_verified(user, password):
    imap = imaplib.IMAP4_SSL(settings.IMAP_HOST, 993, ssl_context=mail_context())
    imap.login(user, password)
    imap.select("INBOX")
    return imap


def open_archive(user, password, host="imap.archive.example.com"):
    imap = imaplib.IMAP4(host, 143)
    imap.login(user, password)
    return imap


def open_archive_starttls(user, password, host="imap.archive.example.com"):
    imap = imaplib.IMAP4(host, 143)
    imap.starttls(ssl_context=mail_context())
    imap.login(user, password)
    return imap


def save_attachments(imap, out_dir):
    typ, data = imap.search(None, '(UNSEEN SUBJECT "invoice")')
    for num in data[0].split():
        typ, msg_data = imap.fetch(num, "(RFC822)")
        msg = email.message_from_bytes(msg_data[0][1])
        for part in msg.walk():
            if part.get_content_type() == "application/pdf":
                path = os.path.join(out_dir, part.get_filename())
                with open(path, "wb") as fh:
                    fh.write(part.get_payload(decode=True))
                log.info("saved %s", path)
        imap.store(num, "+FLAGS", "\\Seen")
