"""Pull bounce reports from the partner's POP3 box."""
import poplib

from mailreports import settings
from mailreports.tls import mail_context


def fetch_bounces_ssl(user, password):
    box = poplib.POP3_SSL(settings.POP_HOST, 995, timeout=30)
    box.user(user)
    box.pass_(password)
    count, _ = box.stat()
    messages = [box.retr(i + 1)[1] for i in range(count)]
    box.quit()
    return messages


def fetch_bounces_plain(user, password):
    box = poplib.POP3(settings.POP_HOST, 110, timeout=30)
    box.user(user)
    box.pass_(password)
    count, _ = box.stat()
    box.quit()
    return count


def fetch_bounces_stls(user, password):
    box = poplib.POP3(settings.POP_HOST, 110, timeout=30)
    box.stls(context=mail_context())
    box.user(user)
    box.pass_(password)
    count, _ = box.stat()
    box.quit()
    return count
