import poplib

from . import settings
from .smtp_client import tls_context


def fetch_bounces():
    box = poplib.POP3_SSL(settings.POP_HOST, 995)
    box.user("bounces@corp.example.com")
    box.pass_(settings.SMTP_PASSWORD)
    count, _ = box.stat()
    messages = [box.retr(i + 1)[1] for i in range(count)]
    box.quit()
    return messages


def fetch_bounces_verified():
    box = poplib.POP3_SSL(settings.POP_HOST, 995, context=tls_context())
    box.user("bounces@corp.example.com")
    box.pass_(settings.SMTP_PASSWORD)
    return box.stat()


def fetch_plain(host):
    box = poplib.POP3(host, 110)
    box.user("bounces@corp.example.com")
    box.pass_(settings.SMTP_PASSWORD)
    return box.stat()


def fetch_upgraded(host):
    box = poplib.POP3(host, 110)
    box.stls(context=tls_context())
    box.user("bounces@corp.example.com")
    box.pass_(settings.SMTP_PASSWORD)
    return box.stat()


def fetch_upgraded_default(host):
    box = poplib.POP3(host, 110)
    box.stls()
    box.user("bounces@corp.example.com")
    box.pass_(settings.SMTP_PASSWORD)
    return box.stat()


def fetch_trusted_host(host):
    box = poplib.POP3(host, 110)
    box.rpop("bounces")
    return box.stat()
