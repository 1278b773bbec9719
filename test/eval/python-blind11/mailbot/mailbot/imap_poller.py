import email
import imaplib
import logging
import ssl
from email.header import decode_header

from .config import InboxConfig

log = logging.getLogger(__name__)


def _subjects(imap, folder):
    imap.select(folder, readonly=True)
    typ, data = imap.search(None, "UNSEEN")
    for num in data[0].split():
        typ, msg_data = imap.fetch(num, "(RFC822.HEADER)")
        msg = email.message_from_bytes(msg_data[0][1])
        raw, enc = decode_header(msg.get("Subject", ""))[0]
        yield raw.decode(enc or "utf-8") if isinstance(raw, bytes) else raw


def poll_bounces(cfg: InboxConfig):
    imap = imaplib.IMAP4_SSL(cfg.host, 993)
    try:
        imap.login(cfg.user, cfg.password)
        return [s for s in _subjects(imap, cfg.folder) if "Undelivered" in s]
    finally:
        imap.logout()


def poll_shared_inbox(cfg: InboxConfig):
    ctx = ssl.create_default_context(cafile=cfg.ca_file)
    with imaplib.IMAP4_SSL(cfg.host, 993, ssl_context=ctx) as imap:
        imap.login(cfg.user, cfg.password)
        return list(_subjects(imap, cfg.folder))


def poll_archive(cfg: InboxConfig):
    """The archive server in the old data centre only listens on 143."""
    imap = imaplib.IMAP4("archive-mail.dc1.example.com", 143)
    imap.login(cfg.user, cfg.password)
    try:
        return list(_subjects(imap, "Archive"))
    finally:
        imap.logout()


def poll_starttls(cfg: InboxConfig):
    imap = imaplib.IMAP4(cfg.host, 143)
    imap.starttls(ssl_context=ssl.create_default_context(cafile=cfg.ca_file))
    imap.login(cfg.user, cfg.password)
    try:
        return list(_subjects(imap, cfg.folder))
    finally:
        imap.logout()
